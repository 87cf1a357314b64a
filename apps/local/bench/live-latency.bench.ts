/**
 * The live API end to end on the local stack (prints, never asserts): how long a click takes to
 * reach an open page, against the redirect's own round trip measured in the same run.
 *
 *   click → page   a redirect, then its `click` message on the owner's open connection: gateway,
 *                  function, DynamoDB Local, the Links stream's poller, the consumer function,
 *                  PostToConnection, the WebSocket gateway
 *   redirect       the redirect's HTTP round trip alone (the same requests)
 *   fan-out        one click to N open connections of its owner: time until the last one has it,
 *                  and messages per second delivered
 *
 *   npx tsx bench/live-latency.bench.ts [clicks=100] [connections=200]
 */
import type { LiveMessage } from "@linkgate/contract/live";
import { LIVE_TOKEN_QUERY_PARAMETER, parseLiveMessage } from "@linkgate/contract/live";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import WebSocket from "ws";
import { signedInUser, startStackProcess } from "./stack-child";

const CLICKS = Number(process.argv[2] ?? 100);
const FAN_OUT = Number(process.argv[3] ?? 200);

interface Connection {
  /** Resolves when a click message for `code` with at least `total` arrives. */
  clickAt(code: string, total: number): Promise<number>;
  close(): void;
}

async function connect(url: string, token: string): Promise<Connection> {
  const target = new URL(url);
  target.searchParams.set(LIVE_TOKEN_QUERY_PARAMETER, token);
  const socket = new WebSocket(target);
  const waiting: Array<{ code: string; total: number; resolve: (at: number) => void }> = [];
  socket.on("message", (data) => {
    const at = performance.now();
    const message: LiveMessage | undefined = parseLiveMessage(data.toString());
    if (message?.type !== "click") return;
    for (let i = waiting.length - 1; i >= 0; i--) {
      const wait = waiting[i]!;
      if (wait.code === message.code && message.totalClicks >= wait.total) {
        waiting.splice(i, 1);
        wait.resolve(at);
      }
    }
  });
  await new Promise((resolve, reject) => {
    socket.once("open", resolve);
    socket.once("error", reject);
  });
  return { clickAt: (code, total) => new Promise((resolve) => waiting.push({ code, total, resolve })), close: () => socket.close() };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), "linkgate-live-bench-"));
  const stack = await startStackProcess(dataDir);
  try {
    const { info } = stack.ready;
    const user = await signedInUser(info);
    const page = await connect(info.webSocketUrl, user.token);
    const redirectMs: number[] = [];
    const clickToPageMs: number[] = [];
    for (let click = 1; click <= CLICKS + 10; click++) {
      const arrived = page.clickAt(user.code, click);
      const start = performance.now();
      const response = await fetch(`${info.apiUrl}/${user.code}`, { redirect: "manual" });
      await response.arrayBuffer();
      const answered = performance.now();
      const at = await arrived;
      // The first ten warm the functions and the poller.
      if (click > 10) {
        redirectMs.push(answered - start);
        clickToPageMs.push(at - start);
      }
    }
    page.close();

    const pages = await Promise.all(Array.from({ length: FAN_OUT }, () => connect(info.webSocketUrl, user.token)));
    const total = CLICKS + 11;
    const start = performance.now();
    const arrivals = pages.map((connection) => connection.clickAt(user.code, total));
    await fetch(`${info.apiUrl}/${user.code}`, { redirect: "manual" }).then((r) => r.arrayBuffer());
    const fanOutMs = (await Promise.all(arrivals)).map((at) => at - start);
    for (const connection of pages) connection.close();

    const row = (name: string, values: number[]) => console.log(`${name.padEnd(36)} ${percentile(values, 50).toFixed(1).padStart(8)} ${percentile(values, 99).toFixed(1).padStart(8)}`);
    console.log(`\nLive API on the local stack — ${CLICKS} sequential clicks, then one click to ${FAN_OUT} open connections; Node ${process.version}`);
    console.log(`${"row".padEnd(36)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)}`);
    row("redirect round trip (baseline)", redirectMs);
    row("click → owner's open page", clickToPageMs);
    console.log(`click → page / redirect (p50): ×${(percentile(clickToPageMs, 50) / percentile(redirectMs, 50)).toFixed(1)}`);
    row(`fan-out: click → each of ${FAN_OUT} pages`, fanOutMs);
    const lastMs = Math.max(...fanOutMs);
    console.log(`fan-out: all ${FAN_OUT} had it after ${lastMs.toFixed(0)} ms: ${((FAN_OUT / lastMs) * 1000).toFixed(0)} messages/s from one click`);
  } finally {
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
