/**
 * The WebSocket gateway against a bare `ws` echo server in the same process (prints, never asserts):
 * messages per second one way (through the function, nothing back) and round trip (through a fixture
 * echo function), PostToConnection per second through the real SDK client, and what an idle open
 * connection holds (RSS and heap per connection, clients included on both sides, so the difference is
 * the gateway's). The machine is shared: figures drift, ratios within one run are the comparable part.
 *
 *   npm run bench -w @linkgate/emulator      or   npx tsx --expose-gc bench/websocket.bench.ts [seconds=4] [idle connections=2000]
 *
 * Memory is measured first, each side after a full GC (hence --expose-gc; without it the figure is noise).
 */
import { ApiGatewayManagementApiClient, PostToConnectionCommand } from "@aws-sdk/client-apigatewaymanagementapi";
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { WebSocket, WebSocketServer } from "ws";
import { createLambdaRuntime } from "../src/lambda";
import type { InvokeOptions, LambdaInvoker } from "../src/lambda/invoker";
import { startWebSocketGateway } from "../src/websocket/websocket-gateway";

const SECONDS = Number(process.argv[2] ?? 4);
const IDLE_CONNECTIONS = Number(process.argv[3] ?? 2000);
const CLIENTS = 20;
const PACKAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), "..");
const MESSAGE = JSON.stringify({ action: "echo", text: "hello, bench" });
const SINK = JSON.stringify({ action: "sink", text: "hello, bench" });

const open = (url: string) =>
  new Promise<WebSocket>((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.once("open", () => resolve(ws));
    ws.once("error", reject);
  });

/** Each client sends, waits for the answer, sends again, for SECONDS; answers per second, all clients. */
async function roundTrips(url: string, message: string): Promise<number> {
  const clients = await Promise.all(Array.from({ length: CLIENTS }, () => open(url)));
  let answers = 0;
  const until = performance.now() + SECONDS * 1000;
  const started = performance.now();
  await Promise.all(
    clients.map(
      (ws) =>
        new Promise<void>((resolve) => {
          ws.on("message", () => {
            answers += 1;
            if (performance.now() < until) ws.send(message);
            else resolve();
          });
          ws.send(message);
        }),
    ),
  );
  const rate = answers / ((performance.now() - started) / 1000);
  clients.forEach((ws) => ws.close());
  return rate;
}

/** `count` messages sent as fast as the socket takes them; the rate at which the far side has handled all of them. */
async function oneWay(url: string, message: string, count: number, handled: () => number): Promise<number> {
  const ws = await open(url);
  const before = handled();
  const started = performance.now();
  for (let i = 0; i < count; i++) ws.send(message);
  while (handled() - before < count) await new Promise((resolve) => setTimeout(resolve, 5));
  const rate = count / ((performance.now() - started) / 1000);
  ws.close();
  return rate;
}

async function idleMemory(url: string, held: () => number): Promise<{ rssKb: number; heapKb: number; held: number }> {
  global.gc?.();
  const before = process.memoryUsage();
  const clients: WebSocket[] = [];
  for (let i = 0; i < IDLE_CONNECTIONS; i += 100) clients.push(...(await Promise.all(Array.from({ length: Math.min(100, IDLE_CONNECTIONS - i) }, () => open(url)))));
  await new Promise((resolve) => setTimeout(resolve, 200));
  global.gc?.();
  const after = process.memoryUsage();
  const count = held();
  await Promise.all(clients.map((ws) => new Promise((resolve) => (ws.once("close", resolve), ws.close()))));
  return { rssKb: (after.rss - before.rss) / 1024 / IDLE_CONNECTIONS, heapKb: (after.heapUsed - before.heapUsed) / 1024 / IDLE_CONNECTIONS, held: count };
}

async function main(): Promise<void> {
  const bundleDir = mkdtempSync(join(tmpdir(), "linkgate-ws-bench-"));
  const runtime = createLambdaRuntime({ functions: { echo: { entry: "bench/functions/ws-echo.ts" } }, rootDir: PACKAGE_DIR, bundleDir, logger: () => undefined });
  await runtime.warm();
  let invocations = 0;
  const counting: LambdaInvoker = {
    invoke: (name: string, event: unknown, options?: InvokeOptions) => runtime.invoke(name, event, options).finally(() => (invocations += 1)),
    close: () => runtime.close(),
  };
  const gateway = await startWebSocketGateway({
    definition: { apiId: "bench", stage: "bench", routes: ["$default", "echo", "sink", "id"].map((routeKey) => ({ routeKey, function: "echo" })), functions: { echo: { entry: "bench/functions/ws-echo.ts" } } },
    invoker: counting,
  });
  let bareReceived = 0;
  const bare = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  bare.on("connection", (ws) => ws.on("message", (data: Buffer, isBinary: boolean) => (bareReceived += 1, JSON.parse(data.toString()).action === "sink" || ws.send(data, { binary: isBinary }))));
  await new Promise((resolve) => bare.once("listening", resolve));
  const bareUrl = `ws://127.0.0.1:${(bare.address() as AddressInfo).port}`;

  if (!global.gc) console.warn("memory figures need --expose-gc (a full GC before each reading)");
  // A first round grows the process's heap and RSS once, so neither measured side pays for that growth.
  await idleMemory(bareUrl, () => bare.clients.size);
  const bareMemory = await idleMemory(bareUrl, () => bare.clients.size);
  const gatewayMemory = await idleMemory(gateway.url, () => gateway.connectionCount());

  // Warm-up: workers started, JIT warm on both sides.
  await roundTrips(gateway.url, MESSAGE);

  const rows: [string, number, number][] = [];
  const bareOneWay = await oneWay(bareUrl, SINK, 20_000, () => bareReceived);
  const gatewayOneWay = await oneWay(gateway.url, SINK, 20_000, () => invocations);
  rows.push(["one way, messages/s", gatewayOneWay, bareOneWay]);
  const bareRound = await roundTrips(bareUrl, MESSAGE);
  const gatewayRound = await roundTrips(gateway.url, MESSAGE);
  rows.push([`round trip, messages/s (${CLIENTS} clients)`, gatewayRound, bareRound]);

  const sdk = new ApiGatewayManagementApiClient({ endpoint: gateway.managementUrl, region: "us-east-1", credentials: { accessKeyId: "bench", secretAccessKey: "bench" } });
  const receiver = await open(`${gateway.url}`);
  const connectionId = await new Promise<string>((resolve) => {
    receiver.once("message", (data: Buffer) => resolve(data.toString()));
    receiver.send(JSON.stringify({ action: "id" }));
  });
  let received = 0;
  receiver.on("message", () => (received += 1));
  const data = new TextEncoder().encode("pushed");
  const until = performance.now() + SECONDS * 1000;
  const started = performance.now();
  let posts = 0;
  await Promise.all(Array.from({ length: CLIENTS }, async () => {
    while (performance.now() < until) {
      await sdk.send(new PostToConnectionCommand({ ConnectionId: connectionId, Data: data }));
      posts += 1;
    }
  }));
  const postRate = posts / ((performance.now() - started) / 1000);
  sdk.destroy();
  receiver.close();


  console.log(`\nWebSocket gateway vs bare ws (same process, ${SECONDS}s per row)`);
  for (const [name, gatewayRate, bareRate] of rows) {
    console.log(`  ${name.padEnd(40)} gateway ${gatewayRate.toFixed(0).padStart(7)}   bare ws ${bareRate.toFixed(0).padStart(7)}   ratio ${(gatewayRate / bareRate).toFixed(3)}`);
  }
  console.log(`  ${"PostToConnection/s (SDK, 20 in flight)".padEnd(40)} gateway ${postRate.toFixed(0).padStart(7)}   (client received ${received})`);
  console.log(`  idle connections opened ${IDLE_CONNECTIONS}: the gateway held ${gatewayMemory.held} at once, bare ws ${bareMemory.held}`);
  console.log(`  ${"memory per connection (RSS / heap), KB".padEnd(40)} gateway ${gatewayMemory.rssKb.toFixed(1)} / ${gatewayMemory.heapKb.toFixed(1)}   bare ws ${bareMemory.rssKb.toFixed(1)} / ${bareMemory.heapKb.toFixed(1)}`);

  await gateway.close();
  await new Promise((resolve) => bare.close(resolve));
  await runtime.close();
  rmSync(bundleDir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
