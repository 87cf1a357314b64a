import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { compileWebSocketIdentity } from "./ws-identity-source";

const request = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;

describe("WebSocket identity sources", () => {
  it("needs every source present and non-empty: query parameters and headers (any case)", () => {
    const present = compileWebSocketIdentity(["route.request.querystring.token", "route.request.header.X-Tenant"]);
    expect(present(request({ "x-tenant": "t1" }), new URLSearchParams("token=abc"))).toBe(true);
    expect(present(request({ "x-tenant": "t1" }), new URLSearchParams("token="))).toBe(false);
    expect(present(request({}), new URLSearchParams("token=abc"))).toBe(false);
  });

  it("refuses REST-style or unknown sources", () => {
    expect(() => compileWebSocketIdentity(["method.request.querystring.token"])).toThrow("Unsupported WebSocket identity source");
    expect(() => compileWebSocketIdentity(["route.request.body.token"])).toThrow("Unsupported WebSocket identity source");
  });
});
