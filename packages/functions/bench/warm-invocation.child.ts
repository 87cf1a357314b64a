/**
 * The measuring half of warm-invocation.bench.ts, in a process of its own with the environment a
 * deployed function has (Powertools at its defaults: INFO logs, EMF metrics on stdout), so the
 * handlers pay for what they write. stdout is the function's log stream and goes to a byte counter;
 * the results go to the parent as one JSON line on fd 3.
 */
import { DynamoDBClient, GetItemCommand } from "@aws-sdk/client-dynamodb";
import { measurePair, rawRedirectUpdate, type BenchResult } from "@linkgate/core/testing";
import { createWriteStream } from "node:fs";
import { performance } from "node:perf_hooks";
import { lambdaContext, proxyEvent } from "../src/testing/proxy-event";

const input = JSON.parse(process.env.BENCH_INPUT ?? "{}") as { ops: number; concurrency: number; code: string; rawCode: string; sub: string; tables: { Links: string; Owners: string } };

// Imported after the environment is set, as Lambda's init would: each handler reads its configuration at cold start.
const { handler: redirect } = await import("../src/handlers/redirect");
const { handler: getMe } = await import("../src/handlers/get-me");

const raw = new DynamoDBClient({});
const redirectEvent = proxyEvent({ route: "redirect", pathParameters: { code: input.code } });
const meEvent = proxyEvent({ route: "getMe", caller: { kind: "user", sub: input.sub, username: "bench", groups: [] } });
const context = lambdaContext("bench");

const rawUpdate = () => raw.send(rawRedirectUpdate(input.tables.Links, input.rawCode));
const rawGet = () => raw.send(new GetItemCommand({ TableName: input.tables.Owners, Key: { ownerId: { S: `user#${input.sub}` } } }));

async function expectStatus(status: number, result: Promise<{ statusCode: number }>) {
  const { statusCode } = await result;
  if (statusCode !== status) throw new Error(`expected ${status}, got ${statusCode}`);
}

let logBytes = 0;
const stdoutWrite = process.stdout.write.bind(process.stdout);
process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
  logBytes += typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.byteLength;
  return (stdoutWrite as (...args: unknown[]) => boolean)(chunk, ...rest);
}) as typeof process.stdout.write;

async function pair(names: [string, string], baseline: () => Promise<unknown>, candidate: () => Promise<unknown>): Promise<{ results: [BenchResult, BenchResult]; logBytesPerOp: number }> {
  await measurePair(["warm-up", "warm-up"], 400, 8, baseline, candidate);
  const before = logBytes;
  const results = await measurePair(names, input.ops, input.concurrency, baseline, candidate);
  return { results, logBytesPerOp: (logBytes - before) / results[1].ops };
}

/**
 * What Lambda bills for a warm redirect: one execution environment runs one invocation at a time,
 * and each invocation's duration is billed rounded up to the next millisecond.
 */
async function billedDuration(invocations: number, invoke: () => Promise<unknown>): Promise<{ meanBilledMs: number; p50Ms: number; p99Ms: number }> {
  const durations: number[] = [];
  for (let i = 0; i < invocations; i += 1) {
    const started = performance.now();
    await invoke();
    durations.push(performance.now() - started);
  }
  const sorted = [...durations].sort((a, b) => a - b);
  const pick = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { meanBilledMs: durations.reduce((sum, ms) => sum + Math.ceil(ms), 0) / durations.length, p50Ms: pick(0.5), p99Ms: pick(0.99) };
}

const redirectPair = await pair(["raw UpdateItem", "redirect handler"], rawUpdate, () => expectStatus(301, redirect(redirectEvent, context)));
const mePair = await pair(["raw GetItem", "GET /me handler"], rawGet, () => expectStatus(200, getMe(meEvent, context)));
const redirectBilled = await billedDuration(input.ops / 4, () => expectStatus(301, redirect(redirectEvent, context)));
raw.destroy();
createWriteStream("", { fd: 3 }).end(`${JSON.stringify({ redirect: redirectPair, me: mePair, redirectBilled })}\n`);
