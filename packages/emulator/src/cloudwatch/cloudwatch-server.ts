import { listenOnLoopback, type LoopbackListener } from "../process/loopback-server";
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { requestTooLarge, serializationError, toErrorResponse, unknownOperation } from "./cloudwatch-errors";
import type { Input } from "./cloudwatch-input";
import { getMetricData } from "./get-metric-data";
import { getMetricStatistics } from "./get-metric-statistics";
import { listMetrics } from "./list-metrics";
import { MetricStore } from "./metric-store";
import { MetricsPersistence } from "./metrics-persistence";
import { MetricsRecorder } from "./metrics-recorder";
import { putMetricData } from "./put-metric-data";

export interface CloudWatchOptions {
  /** 127.0.0.1 only; 0 (default) picks a free port. */
  port?: number;
  /** Metrics survive restarts in `<dataDir>/cloudwatch/metrics-<UTC hour>.json`; memory only without it. */
  dataDir?: string;
  retentionMs?: number;
  writeIntervalMs?: number;
}

export interface CloudWatch {
  /** AWS_ENDPOINT_URL_CLOUDWATCH, or `endpoint` of @aws-sdk/client-cloudwatch. */
  url: string;
  port: number;
  store: MetricStore;
  recorder: MetricsRecorder;
  /** Writes the metrics out now (they are also written every few seconds). */
  flush(): Promise<void>;
  stop(): Promise<void>;
}

/** The X-Amz-Target prefix of CloudWatch's JSON protocol. */
const TARGET_PREFIX = "GraniteServiceVersion20100801.";
/** PutMetricData's limit is 1 MB of (uncompressed) payload. */
const MAX_BODY_BYTES = 1_048_576;

const OPERATIONS: Record<string, (store: MetricStore, input: Input, now: number) => unknown> = {
  PutMetricData: putMetricData,
  GetMetricData: (store, input) => getMetricData(store, input),
  GetMetricStatistics: (store, input) => getMetricStatistics(store, input),
  ListMetrics: listMetrics,
};

/**
 * The CloudWatch metrics subset on loopback, speaking what @aws-sdk/client-cloudwatch 3.11xx
 * speaks: awsJson1_0 (POST /, X-Amz-Target, application/x-amz-json-1.0, epoch-second timestamps),
 * query-compatible errors, and gzip request bodies (the client compresses PutMetricData past 10 KiB).
 */
export async function startCloudWatch(options: CloudWatchOptions = {}): Promise<CloudWatch> {
  const persistence = options.dataDir
    ? await MetricsPersistence.open(join(options.dataDir, "cloudwatch"), { retentionMs: options.retentionMs, writeIntervalMs: options.writeIntervalMs })
    : undefined;
  const store = persistence?.store ?? new MetricStore(options.retentionMs);
  const server = createServer((request, response) => void serve(store, request, response));
  let listener: LoopbackListener;
  try {
    listener = await listenOnLoopback(server, options.port);
  } catch (error) {
    await persistence?.close(); // its background writer must not outlive a server that never started
    throw error;
  }
  return {
    url: listener.url,
    port: listener.port,
    store,
    recorder: new MetricsRecorder(store),
    flush: async () => persistence?.write(),
    stop: async () => {
      await listener.close();
      await persistence?.close();
    },
  };
}

async function serve(store: MetricStore, request: IncomingMessage, response: ServerResponse): Promise<void> {
  let status = 200;
  let body: unknown;
  const headers: Record<string, string> = { "x-amzn-RequestId": randomUUID(), "content-type": "application/x-amz-json-1.0" };
  try {
    const target = String(request.headers["x-amz-target"] ?? "");
    const operation = request.method === "POST" && target.startsWith(TARGET_PREFIX) ? OPERATIONS[target.slice(TARGET_PREFIX.length)] : undefined;
    const raw = await readBody(request);
    if (operation === undefined) throw unknownOperation(target || `${request.method} ${request.url}`);
    body = operation(store, parseInput(raw), Date.now());
  } catch (error) {
    const mapped = toErrorResponse(error);
    status = mapped.status;
    body = mapped.body;
    headers["x-amzn-query-error"] = mapped.queryError;
  }
  response.writeHead(status, headers).end(JSON.stringify(body));
}

function parseInput(raw: Buffer): Input {
  if (raw.length === 0) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString("utf8"));
  } catch {
    throw serializationError("The request body is not valid JSON.");
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw serializationError("The request body must be a JSON object.");
  return parsed as Input;
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw requestTooLarge(MAX_BODY_BYTES);
    chunks.push(chunk);
  }
  const body = Buffer.concat(chunks);
  if (request.headers["content-encoding"] !== "gzip") return body;
  try {
    return gunzipSync(body, { maxOutputLength: MAX_BODY_BYTES });
  } catch {
    throw serializationError(`The gzip request body is invalid or inflates past ${MAX_BODY_BYTES} bytes.`);
  }
}
