import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureSstPlatform, PLATFORM_DIR } from "../typecheck/sst-platform";

/*
 * infra/live.ts relies on what SST's WebSocket components do and do not do, read from the installed
 * platform's sources (the ones the type check compiles against). A new SST that changes any of it
 * fails here, not in a deploy: then add the permission, drop our route responses, or log differently.
 */

const AWS_COMPONENTS = join(PLATFORM_DIR, "src", "components", "aws");
let webSocketApi = "";
let webSocketRoute = "";

beforeAll(() => {
  ensureSstPlatform();
  webSocketApi = readFileSync(join(AWS_COMPONENTS, "apigateway-websocket.ts"), "utf8");
  webSocketRoute = readFileSync(join(AWS_COMPONENTS, "apigateway-websocket-route.ts"), "utf8");
});

/** A method or function of SST's source, from its signature to the brace that closes it (same indentation). */
function member(source: string, signature: string): string {
  const start = source.indexOf(signature);
  expect(start, `SST source has no "${signature}"`).toBeGreaterThanOrEqual(0);
  const lineStart = source.lastIndexOf("\n", start) + 1;
  const indent = source.slice(lineStart, start);
  const end = source.indexOf(`\n${indent}}\n`, start);
  expect(end, `no end found for "${signature}"`).toBeGreaterThan(start);
  return source.slice(start, end);
}

describe("SST's ApiGatewayWebSocket link", () => {
  it("grants execute-api:ManageConnections on every stage's @connections, so the linked senders need no permission of their own", () => {
    const link = member(webSocketApi, "public getSSTLink()");
    expect(link).toContain('actions: ["execute-api:ManageConnections"]');
    expect(link).toContain("${this.api.executionArn}/*/*/@connections/*");
  });

  it("links the management endpoint the functions' config reads (Resource.Live.managementEndpoint)", () => {
    expect(member(webSocketApi, "public getSSTLink()")).toMatch(/managementEndpoint: this\.managementEndpoint/);
  });
});

describe("SST's WebSocket routes and stage", () => {
  it("make no route response (infra/live.ts adds the $default one for two-way routes)", () => {
    expect(webSocketRoute).not.toMatch(/RouteResponse/);
  });

  it("log no query string, so the token never reaches the access log", () => {
    const stage = member(webSocketApi, "function createStage()");
    expect(stage).toContain("accessLogSettings");
    expect(stage).not.toMatch(/querystring|queryString/i);
  });
});
