import { describe, expect, it } from "vitest";
import { startEmulator } from "../../src/emulator";
import type { LambdaInvoker } from "../../src/lambda/invoker";
import { startWebSocketGateway } from "../../src/websocket/websocket-gateway";
import { PACKAGE_DIR } from "../lambda/runtime-fixtures";
import { wsDefinition } from "./ws-fixture";

/** Never called: every definition here is refused before anything runs. */
const invoker: LambdaInvoker = {
  invoke: () => Promise.reject(new Error("not expected")),
  close: () => Promise.resolve(),
};
const start = (overrides: Parameters<typeof wsDefinition>[1]) => startWebSocketGateway({ definition: wsDefinition("/dev/null", overrides), invoker });

describe("a bad WebSocket API definition is a clear error at start", () => {
  it("refuses an authorizer on a route other than $connect", async () => {
    await expect(start({ routes: [{ routeKey: "$default", function: "probe", authorizer: "token" }] })).rejects.toThrow("route $default has an authorizer; WebSocket APIs authorize on $connect only");
  });

  it("refuses a route or an authorizer naming an unknown function, and an unknown authorizer", async () => {
    await expect(start({ routes: [{ routeKey: "echo", function: "nope" }] })).rejects.toThrow('route echo names unknown function "nope"');
    await expect(start({ authorizers: { token: { type: "REQUEST", function: "nope", identitySource: ["route.request.querystring.token"] } } })).rejects.toThrow('authorizer token names unknown function "nope"');
    await expect(start({ routes: [{ routeKey: "$connect", function: "probe", authorizer: "missing" }] })).rejects.toThrow('route $connect names unknown authorizer "missing"');
  });

  it("refuses identity sources, selection expressions and limits it cannot honour", async () => {
    await expect(start({ authorizers: { token: { type: "REQUEST", function: "authorizer", identitySource: ["method.request.header.Auth"] } } })).rejects.toThrow("Unsupported WebSocket identity source");
    await expect(start({ routeSelectionExpression: "$request.header.x" })).rejects.toThrow("Unsupported route selection expression");
    await expect(start({ limits: { maxFrameBytes: 0 } })).rejects.toThrow("limits.maxFrameBytes must be a positive number");
    await expect(start({ routes: [{ routeKey: "echo", function: "probe" }, { routeKey: "echo", function: "probe" }] })).rejects.toThrow("route echo is declared twice");
  });

  it("startEmulator refuses a function name both APIs declare", async () => {
    const webSocket = wsDefinition("/dev/null");
    await expect(
      startEmulator({
        definition: { restApiId: "rest1", stage: "test", routes: [], functions: { probe: { entry: "tests/fixtures/emulator/event-echo.ts" } } },
        webSocket,
        rootDir: PACKAGE_DIR,
      }),
    ).rejects.toThrow('Function "probe" is declared by both the REST and the WebSocket API definitions');
  });
});
