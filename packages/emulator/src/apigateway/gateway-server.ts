import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { LambdaInvoker } from "../lambda/invoker";
import type { UsageGate } from "../usage/usage-gate";
import type { AccessLogLine, AccessLogListener } from "./access-log";
import { AuthorizerCache } from "./authorizer/cache";
import { clfTime } from "./clf-time";
import { compileStage, type CompiledStage } from "./compiled-stage";
import { corsPreflightReply } from "./cors";
import type { ApiDefinition } from "./definition";
import { newRequestIds, type GatewayRequest } from "./gateway-request";
import { gatewayReply, type GatewayReply, type GatewayResponseType } from "./gateway-responses";
import { handleRequest, type Outcome, type Trace } from "./handle-request";
import { headerBytes, MAX_HEADER_BYTES, readBody } from "./limits";
import type { IntegrationReply } from "./proxy-response";
import { RouteMetrics, type MetricsSnapshot } from "./route-metrics";
import { resolveStagePath } from "./stage-path";

export interface GatewayOptions {
  definition: ApiDefinition;
  invoker: LambdaInvoker;
  usageGate: UsageGate;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Loopback only. */
  host?: "127.0.0.1";
  /** One JSON line per request; default: none (and no logging work at all). */
  onAccessLog?: AccessLogListener;
}

export interface Gateway {
  /** `http://127.0.0.1:<port>` — serves the stage at `/` and also under `/<stage>/`. */
  url: string;
  port: number;
  close(): Promise<void>;
  /** FlushStageAuthorizersCache (the control plane calls it). */
  flushAuthorizerCache(): void;
  metrics(): MetricsSnapshot;
  /** Swaps in a new definition (a redeploy): routes, authorizers, throttles; flushes the authorizer cache. */
  updateDefinition(definition: ApiDefinition): void;
}

export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  const host = options.host ?? "127.0.0.1";
  if (host !== "127.0.0.1") throw new Error(`The gateway listens on 127.0.0.1 only, not ${String(host)}`);
  const cache = new AuthorizerCache();
  let stage = compileStage(options.definition, options.invoker, cache);
  const metrics = new RouteMetrics();
  const deps = { invoker: options.invoker, usageGate: options.usageGate };
  const onAccessLog = options.onAccessLog;

  // Node's own header limit (16 KB) sits above API Gateway's, so the gateway answers first.
  const server = createServer({ maxHeaderSize: 64 * 1024 }, (req, res) => {
    serve(stage, req, res).catch((error: unknown) => {
      console.error("[gateway] could not answer", error);
      res.destroy();
    });
  });

  async function serve(current: CompiledStage, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    const ids = newRequestIds();
    const requestTimeEpoch = Date.now();
    const trace: Trace = {};
    const [rawPath, rawQuery] = splitUrl(req.url ?? "/");
    let outcome: Outcome;
    let path = rawPath;
    try {
      if (headerBytes(req) > MAX_HEADER_BYTES) outcome = { kind: "gateway", type: "HEADERS_TOO_LARGE" };
      else {
        const body = await readBody(req);
        if (!body.ok && body.reason === "aborted") return;
        if (!body.ok) outcome = { kind: "gateway", type: "REQUEST_TOO_LARGE" };
        else {
          const method = req.method ?? "GET";
          const resolved = resolveStagePath(current.router, current.stage.stage, method, rawPath);
          path = resolved.path;
          const request: GatewayRequest = {
            ...ids,
            requestTimeEpoch,
            httpMethod: method,
            path,
            rawQuery,
            rawHeaders: req.rawHeaders,
            sourceIp: normaliseIp(req.socket.remoteAddress),
            host: req.headers.host ?? "127.0.0.1",
            protocol: `HTTP/${req.httpVersion}`,
            body: body.body,
          };
          outcome = await handleRequest(current, deps, request, resolved.match, trace);
        }
      }
    } catch (error) {
      // The emulator's own failure: generic outside, as API Gateway's 5xx are.
      console.error("[gateway] unexpected error", error);
      outcome = { kind: "gateway", type: "INTERNAL_SERVER_ERROR" };
    }

    let written: Written;
    try {
      written = write(res, outcome, ids, current.cors);
    } catch {
      // Node refuses what no HTTP response can carry (e.g. a newline in a function's header value):
      // a malformed proxy response, so 502 like any other.
      written = write(res, { kind: "gateway", type: "INTEGRATION_FAILURE" }, ids, current.cors);
    }
    if (outcome.kind === "gateway" && closesConnection(outcome.type)) lingerThenClose(req, res);
    const latency = performance.now() - started;
    metrics.record(trace.routeKey ?? "(unmatched)", written.status, latency, written.errorType);
    if (onAccessLog) {
      try {
        onAccessLog(JSON.stringify(accessLogLine(req, ids.requestId, requestTimeEpoch, path, trace, written, latency)));
      } catch (error) {
        console.error("[gateway] access-log listener failed", error);
      }
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
    flushAuthorizerCache: () => cache.clear(),
    metrics: () => metrics.snapshot(),
    updateDefinition(definition) {
      const next = compileStage(definition, options.invoker, cache);
      cache.clear();
      stage = next;
    },
  };
}

interface Written {
  status: number;
  errorType?: string;
  length: number;
}

function write(res: ServerResponse, outcome: Outcome, ids: { requestId: string; extendedRequestId: string }, cors: boolean): Written {
  if (outcome.kind === "integration") return writeIntegration(res, outcome.reply, ids);
  const reply: GatewayReply = outcome.kind === "cors-preflight" ? corsPreflightReply(ids) : gatewayReply(outcome.type, ids, cors);
  // Strings go out as-is: Node then sends headers and body in one write, not a writev of two.
  const length = Buffer.byteLength(reply.body);
  res.writeHead(reply.status, { ...reply.headers, "Content-Length": String(length) });
  res.end(reply.body);
  return { status: reply.status, length, ...(reply.errorType ? { errorType: reply.errorType } : {}) };
}

function writeIntegration(res: ServerResponse, reply: IntegrationReply, ids: { requestId: string; extendedRequestId: string }): Written {
  const headers: Record<string, string | string[]> = {};
  for (const { name, values } of reply.headers.values()) headers[name] = values.length === 1 ? (values[0] as string) : values;
  const length = typeof reply.body === "string" ? Buffer.byteLength(reply.body) : reply.body.length;
  headers["x-amzn-RequestId"] = ids.requestId;
  headers["x-amz-apigw-id"] = ids.extendedRequestId;
  headers["Content-Length"] = String(length);
  res.writeHead(reply.status, headers);
  res.end(reply.body);
  return { status: reply.status, length };
}

/** After refusing an oversized request we stop reading it, so the connection cannot be reused. */
const closesConnection = (type: GatewayResponseType) => type === "REQUEST_TOO_LARGE" || type === "HEADERS_TOO_LARGE";

/** How long unread request bytes are drained (discarded, never buffered) after a 413 before closing. */
const LINGER_MS = 1_000;

/**
 * Closing a socket with unread bytes makes the kernel send a reset, and a client still sending
 * would lose the 413 it was just sent (so no `Connection: close`, which makes Node close at once).
 * Like a lingering close: discard what still arrives for a moment, then close.
 */
function lingerThenClose(req: IncomingMessage, res: ServerResponse): void {
  res.once("finish", () => {
    req.resume();
    setTimeout(() => req.socket.destroy(), LINGER_MS).unref();
  });
}

function accessLogLine(req: IncomingMessage, requestId: string, epoch: number, path: string, trace: Trace, written: Written, latency: number): AccessLogLine {
  return {
    requestId,
    ip: normaliseIp(req.socket.remoteAddress),
    requestTime: clfTime(epoch),
    httpMethod: req.method ?? "",
    resourcePath: trace.resourcePath ?? "-",
    path,
    status: written.status,
    protocol: `HTTP/${req.httpVersion}`,
    responseLength: written.length,
    latency: Math.round(latency),
    integrationLatency: trace.integrationLatencyMs ?? null,
    apiKeyId: trace.apiKeyId ?? null,
    principalId: trace.principalId ?? null,
    errorType: written.errorType ?? null,
  };
}

function splitUrl(url: string): [string, string] {
  const question = url.indexOf("?");
  const path = question === -1 ? url : url.slice(0, question);
  return [path === "" ? "/" : path, question === -1 ? "" : url.slice(question + 1)];
}

function normaliseIp(address: string | undefined): string {
  if (!address) return "127.0.0.1";
  return address.startsWith("::ffff:") ? address.slice(7) : address;
}
