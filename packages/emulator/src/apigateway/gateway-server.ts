import { listenOnLoopback } from "../process/loopback-server";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { LambdaInvoker } from "../lambda/invoker";
import type { UsageGate } from "../usage/usage-gate";
import type { MetricsRecorder } from "../cloudwatch/metrics-recorder";
import { compileMetricFilter, type MetricFilterDefinition } from "../logs/metric-filter";
import type { AccessLogLine, AccessLogListener } from "./access-log";
import { AuthorizerCache } from "./authorizer/cache";
import { clfTime } from "./clf-time";
import { compileStage, type CompiledStage } from "./compiled-stage";
import type { ApiDefinition } from "./definition";
import { collapseLeadingSlashes, newRequestIds, normaliseIp, splitUrl, type GatewayRequest } from "./gateway-request";
import { handleRequest } from "./handle-request";
import { headersOverLimit, readBody } from "./limits";
import { RouteMetrics, type MetricsSnapshot } from "./route-metrics";
import type { Outcome, Trace } from "./request-outcome";
import { closesConnection, hasUnreadBody, lingerThenClose, write, type Written } from "./response-writer";
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
  /** Where the stage's CloudWatch metrics go (AWS/ApiGateway), with the access log's metric filters. */
  metrics?: GatewayMetricsOptions;
}

export interface GatewayMetricsOptions {
  recorder: MetricsRecorder;
  /** CloudWatch Logs metric filters on the access log (its lines as objects: no JSON round trip). */
  accessLogFilters?: readonly MetricFilterDefinition[];
}

export interface Gateway {
  /** `http://127.0.0.1:<port>` — serves the stage at `/` and also under `/<stage>/`. */
  url: string;
  port: number;
  close(): Promise<void>;
  /** FlushStageAuthorizersCache (the control plane calls it). */
  flushAuthorizerCache(): void;
  metrics(): MetricsSnapshot;
  /** FlushStageCache (the control plane calls it): empties the stage's response cache, if it has one. */
  flushStageCache(): void;
  /** The definition the stage serves now (GetStage reads its settings). */
  definition(): ApiDefinition;
  /**
   * Swaps in a new definition (a redeploy): routes, authorizers, throttles, cache settings; flushes the
   * authorizer cache and starts an empty response cache (its settings may have changed for every route).
   */
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
  const recorder = options.metrics?.recorder;
  const accessLogFilters = (options.metrics?.accessLogFilters ?? []).map(compileMetricFilter);

  // Known once listening (no request arrives before): the event's X-Forwarded-Port, made once.
  let localPortText = "0";
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
      if (headersOverLimit(req)) outcome = { kind: "gateway", type: "HEADERS_TOO_LARGE" };
      else {
        const body = await readBody(req);
        if (!body.ok && body.reason === "aborted") return;
        if (!body.ok) outcome = { kind: "gateway", type: "REQUEST_TOO_LARGE" };
        else {
          const method = req.method ?? "GET";
          const resolved = resolveStagePath(current.router, current.stage.stage, method, collapseLeadingSlashes(rawPath));
          path = collapseLeadingSlashes(resolved.path);
          // Fields copied one by one, not `...ids`: once optimised, V8 (Node 20) gives every object built
          // as spread-then-properties a hidden class of its own, so each later read of the request was
          // megamorphic (the gateway's CPU per request halved without it).
          const request: GatewayRequest = {
            requestId: ids.requestId,
            extendedRequestId: ids.extendedRequestId,
            requestTimeEpoch,
            httpMethod: method,
            path,
            sentPath: resolved.path,
            rawQuery,
            rawHeaders: req.rawHeaders,
            sourceIp: normaliseIp(req.socket.remoteAddress),
            localPort: localPortText,
            host: req.headers.host ?? "127.0.0.1",
            protocol: `HTTP/${req.httpVersion}`,
            body: body.body,
            traceId: "",
          };
          outcome = await handleRequest(current, deps, request, resolved.match, trace);
        }
      }
    } catch (error) {
      // The emulator's own failure: generic outside, as API Gateway's 5xx are.
      console.error("[gateway] unexpected error", error);
      outcome = { kind: "gateway", type: "INTERNAL_SERVER_ERROR" };
    }

    const closing = outcome.kind === "gateway" && closesConnection(outcome.type);
    // A client that has sent its whole request may reuse the connection at once: tell it not to.
    if (closing && !hasUnreadBody(req)) res.setHeader("Connection", "close");
    let written: Written;
    try {
      written = write(res, outcome, ids, current.cors);
    } catch {
      // Node refuses what no HTTP response can carry (e.g. a newline in a function's header value):
      // a malformed proxy response, so 502 like any other.
      outcome = { kind: "gateway", type: "INTEGRATION_FAILURE" };
      written = write(res, outcome, ids, current.cors);
    }
    if (closing && hasUnreadBody(req)) lingerThenClose(req, res);
    const latency = performance.now() - started;
    metrics.record(trace.routeKey ?? "(unmatched)", written.status, latency, written.errorType);
    recorder?.gatewayRequest({
      apiName: current.metricsIdentity.apiName,
      stage: current.metricsIdentity.stage,
      ...(trace.resourcePath !== undefined ? { resourcePath: trace.resourcePath } : {}),
      httpMethod: req.method ?? "GET",
      status: written.status,
      latencyMs: latency,
      ...(trace.integrationLatencyMs !== undefined ? { integrationLatencyMs: trace.integrationLatencyMs } : {}),
      ...(trace.cache !== undefined ? { cache: trace.cache } : {}),
      detailedMetrics: current.metricsIdentity.detailedMetrics,
      at: requestTimeEpoch,
    });
    if (onAccessLog || accessLogFilters.length > 0) {
      const line = accessLogLine(req, ids.requestId, requestTimeEpoch, path, trace, written, latency, outcome, current.stage.stage);
      for (const filter of accessLogFilters) {
        const point = filter(line as unknown as Record<string, unknown>);
        if (point) recorder?.record({ namespace: point.namespace, name: point.metricName, dimensions: point.dimensions, value: point.value, unit: "Count", at: requestTimeEpoch });
      }
      if (onAccessLog) {
        try {
          onAccessLog(JSON.stringify(line));
        } catch (error) {
          console.error("[gateway] access-log listener failed", error);
        }
      }
    }
  }

  const { url, port, close } = await listenOnLoopback(server, options.port);
  localPortText = String(port);

  return {
    url,
    port,
    close,
    flushAuthorizerCache: () => cache.clear(),
    flushStageCache: () => stage.stageCache?.responses.flush(),
    definition: () => stage.definition,
    metrics: () => metrics.snapshot(),
    updateDefinition(definition) {
      const next = compileStage(definition, options.invoker, cache);
      cache.clear();
      stage = next;
    },
  };
}

function accessLogLine(req: IncomingMessage, requestId: string, epoch: number, path: string, trace: Trace, written: Written, latency: number, outcome: Outcome, stage: string): AccessLogLine {
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
    responseType: outcome.kind === "gateway" ? outcome.type : null,
    stage,
  };
}
