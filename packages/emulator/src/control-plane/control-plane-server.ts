import { listenOnLoopback } from "../process/loopback-server";
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { UsagePlanStore } from "../usage/usage-plan-store";
import { apiKeyRoutes } from "./api-key-routes";
import { badRequest, notFound, toErrorResponse } from "./control-plane-errors";
import { parseJsonObject } from "./request-input";
import { RouteTable, type Route, type RouteOutput } from "./route-table";
import { usagePlanKeyRoutes } from "./usage-plan-key-routes";
import { usagePlanRoutes } from "./usage-plan-routes";
import { usageRoutes } from "./usage-routes";
import { stageRoutes, type StageRoutesOptions } from "./stage-routes";

export interface ControlPlaneOptions extends StageRoutesOptions {
  store: UsagePlanStore;
  /** 127.0.0.1 only; 0 (default) picks a free port. */
  port?: number;
  /** FlushStageAuthorizersCache: the data plane empties its authorizer cache for this stage. */
  onFlushAuthorizerCache?: (restApiId: string, stage: string) => void;
  /** Served at `GET /_emulator/metrics` (emulator-only, not an AWS operation). */
  metrics?: () => unknown;
}

export interface ControlPlane {
  url: string;
  port: number;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1_048_576;

/**
 * The subset of API Gateway's management API (REST JSON) that `@aws-sdk/client-api-gateway` needs for
 * usage plans, API keys, usage, GetStage and the stage's cache flushes (authorizers, responses). Point the SDK at `url`.
 */
export async function startControlPlane(options: ControlPlaneOptions): Promise<ControlPlane> {
  const routes = new RouteTable([...controlPlaneRoutes(options)]);
  const server = createServer((request, response) => {
    void serve(routes, options.store, request, response);
  });
  const { url, port, close } = await listenOnLoopback(server, options.port);
  return { url, port, close };
}

function controlPlaneRoutes(options: ControlPlaneOptions): Route[] {
  const { store } = options;
  return [
    ...usagePlanRoutes(store),
    ...usagePlanKeyRoutes(store),
    ...usageRoutes(store),
    ...apiKeyRoutes(store),
    ...stageRoutes(options),
    {
      method: "DELETE",
      template: "/restapis/{restApiId}/stages/{stageName}/cache/authorizers",
      handler: ({ params }) => {
        if (!store.stageExists(params.restApiId!, params.stageName!)) throw notFound("Invalid stage identifier specified");
        options.onFlushAuthorizerCache?.(params.restApiId!, params.stageName!);
        return { status: 202 };
      },
    },
    { method: "GET", template: "/_emulator/metrics", handler: () => ({ status: 200, body: options.metrics?.() ?? {} }) },
  ];
}

async function serve(routes: RouteTable, store: UsagePlanStore, request: IncomingMessage, response: ServerResponse): Promise<void> {
  let output: RouteOutput;
  let errorType: string | undefined;
  try {
    const url = new URL(request.url ?? "/", "http://control-plane.invalid");
    const found = routes.match(request.method ?? "GET", url.pathname);
    if (found === undefined) throw notFound(`No management API operation at ${request.method} ${url.pathname}`);
    if (found === "wrong-method") throw badRequest(`${request.method} is not supported on ${url.pathname}`);
    const body = parseJsonObject(await readBody(request));
    output = found.handler({ params: found.params, query: url.searchParams, body });
    // Every change is journalled when the handler returns (it survives a kill); the snapshot makes
    // it survive a power loss too before the caller is told it happened. Reads need neither.
    if (request.method !== "GET") await store.flush();
  } catch (error) {
    const mapped = toErrorResponse(error);
    output = { status: mapped.status, body: mapped.body };
    errorType = mapped.errorType;
  }
  const headers: Record<string, string> = { "x-amzn-RequestId": randomUUID() };
  if (errorType) headers["x-amzn-ErrorType"] = errorType;
  if (output.body === undefined) {
    response.writeHead(output.status, headers).end();
    return;
  }
  response.writeHead(output.status, { ...headers, "content-type": "application/json" }).end(JSON.stringify(output.body));
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw badRequest(`Request body is larger than ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}
