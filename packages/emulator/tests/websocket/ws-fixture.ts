import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { WebSocket } from "ws";
import type { FunctionDefinition } from "../../src/lambda/function-definition";
import type { WebSocketApiDefinition } from "../../src/websocket/definition";
import { startWebSocketGateway, type WebSocketGateway } from "../../src/websocket/websocket-gateway";
import { startTestRuntime, type TestRuntime } from "../lambda/runtime-fixtures";

/** The probe behind every route, and the token authorizer, both logging their events to one file. */
export function wsDefinition(eventLog: string, overrides: Partial<WebSocketApiDefinition> = {}): WebSocketApiDefinition {
  const fn = (entry: string): FunctionDefinition => ({ entry: `tests/fixtures/websocket/${entry}.ts`, environment: { EVENT_LOG: eventLog } });
  return {
    apiId: "wsapi123",
    stage: "test",
    routes: ["$connect", "$disconnect", "$default", "echo", "whoami", "event", "fail", "silent"].map((routeKey) => ({ routeKey, function: "probe", ...(routeKey === "$connect" ? { authorizer: "token" } : {}) })),
    authorizers: { token: { type: "REQUEST", function: "authorizer", identitySource: ["route.request.querystring.token"] } },
    functions: { probe: fn("ws-probe"), authorizer: fn("ws-authorizer") },
    ...overrides,
  };
}

export interface WsFixture {
  gateway: WebSocketGateway;
  runtime: TestRuntime;
  logs: string[];
  /** Events the functions received so far, parsed. */
  events(): Record<string, unknown>[];
  clearEvents(): void;
  /** The event of `routeKey` on one connection, once it has arrived. */
  eventOf(routeKey: string, connectionId: string): Record<string, Record<string, unknown>> | undefined;
}

/** A gateway over a real Lambda runtime for one test file (started in beforeAll, closed in afterAll). */
export function useWsFixture(overrides: (eventLog: string) => Partial<WebSocketApiDefinition> = () => ({})): WsFixture {
  const dir = mkdtempSync(join(tmpdir(), "linkgate-ws-"));
  const eventLog = join(dir, "events.jsonl");
  writeFileSync(eventLog, "");
  const definition = wsDefinition(eventLog, overrides(eventLog));
  const fixture = { logs: [] as string[] } as WsFixture;
  beforeAll(async () => {
    fixture.runtime = startTestRuntime(definition.functions);
    await fixture.runtime.runtime.warm();
    fixture.gateway = await startWebSocketGateway({ definition, invoker: fixture.runtime.runtime, port: 0, onAccessLog: (line) => fixture.logs.push(line) });
  });
  afterAll(async () => {
    await fixture.gateway?.close();
    await fixture.runtime?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });
  fixture.events = () => readFileSync(eventLog, "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
  fixture.clearEvents = () => writeFileSync(eventLog, "");
  fixture.eventOf = (routeKey, connectionId) =>
    fixture.events().find((event) => {
      const context = event.requestContext as { routeKey?: string; connectionId?: string } | undefined;
      return context?.routeKey === routeKey && context.connectionId === connectionId;
    }) as Record<string, Record<string, unknown>> | undefined;
  return fixture;
}

export interface Client {
  ws: WebSocket;
  /** The next frame the client receives (text as a string, binary as a Buffer). */
  next(): Promise<string | Buffer>;
  /** Sends and waits for the next frame. */
  ask(data: string | Buffer): Promise<string | Buffer>;
  closed: Promise<{ code: number; reason: string }>;
}

/** Opens a client; rejects with the handshake's HTTP status when the gateway refuses it. */
export function connect(url: string, headers: Record<string, string> = {}): Promise<Client> {
  const ws = new WebSocket(url, { headers });
  const queue: (string | Buffer)[] = [];
  const waiting: ((frame: string | Buffer) => void)[] = [];
  ws.on("message", (data: Buffer, isBinary: boolean) => {
    const frame = isBinary ? data : data.toString("utf8");
    const waiter = waiting.shift();
    if (waiter) waiter(frame);
    else queue.push(frame);
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.on("close", (code, reason) => resolve({ code, reason: reason.toString() })));
  const next = () => (queue.length > 0 ? Promise.resolve(queue.shift()!) : new Promise<string | Buffer>((resolve) => waiting.push(resolve)));
  return new Promise((resolve, reject) => {
    ws.once("open", () => resolve({ ws, next, closed, ask: (data) => (ws.send(data), next()) }));
    ws.once("unexpected-response", (_request, response) => reject(new HandshakeRefused(response.statusCode ?? 0)));
    ws.once("error", reject);
  });
}

export class HandshakeRefused extends Error {
  constructor(readonly status: number) {
    super(`handshake refused with ${status}`);
  }
}

export async function refusalStatus(url: string): Promise<number> {
  try {
    const client = await connect(url);
    client.ws.close();
    return 101;
  } catch (error) {
    if (error instanceof HandshakeRefused) return error.status;
    throw error;
  }
}
