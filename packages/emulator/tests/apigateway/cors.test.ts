import { describe, expect, it } from "vitest";
import { ok, route, startFixture } from "./support/gateway-fixture";

const routes = [route("GET", "/v1/links", "fn", { apiKeyRequired: true }), route("POST", "/v1/links", "fn", { apiKeyRequired: true }), route("GET", "/{code}", "fn")];

describe("CORS as SST's cors: true configures it", () => {
  it("answers OPTIONS at the gateway for every resource: 204 and the three headers, no function called", async () => {
    const { call, invoker, usageGate } = await startFixture(routes, { fn: ok }, { cors: true });
    for (const path of ["/v1/links", "/abc"]) {
      const response = await call("OPTIONS", path, { headers: { Origin: "http://localhost:5173", "Access-Control-Request-Method": "POST" } });
      expect(response.status).toBe(204);
      expect(await response.text()).toBe("");
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      expect(response.headers.get("access-control-allow-headers")).toBe("*");
      expect(response.headers.get("access-control-allow-methods")).toBe("OPTIONS,GET,PUT,POST,DELETE,PATCH,HEAD");
      expect(response.headers.get("x-amzn-requestid")).toBeTruthy();
    }
    expect(invoker.count("fn")).toBe(0);
    expect(usageGate.requests).toHaveLength(0);
  });

  it("answers OPTIONS with the mock even on a resource whose method is ANY, unless OPTIONS is declared", async () => {
    const any = [route("ANY", "/files/{proxy+}", "fn"), route("OPTIONS", "/own", "fn")];
    const { call, invoker } = await startFixture(any, { fn: ok }, { cors: true });
    expect((await call("OPTIONS", "/files/a/b")).status).toBe(204);
    expect(invoker.count("fn")).toBe(0);
    expect((await call("OPTIONS", "/own")).status).toBe(200);
    expect(invoker.count("fn")).toBe(1);
  });

  it("does not invent OPTIONS for resources that do not exist", async () => {
    const { call } = await startFixture(routes, { fn: ok }, { cors: true });
    const response = await call("OPTIONS", "/v1/nothing");
    expect(response.status).toBe(403);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("adds the CORS headers to 4XX and 5XX gateway responses, not to integration responses", async () => {
    const boom = () => {
      throw new Error("boom");
    };
    const { call } = await startFixture([...routes, route("GET", "/fail", "boom")], { fn: ok, boom }, { cors: true });
    const forbidden = await call("GET", "/v1/links");
    expect(forbidden.status).toBe(403);
    expect(forbidden.headers.get("access-control-allow-origin")).toBe("*");
    expect(forbidden.headers.get("access-control-allow-headers")).toBe("*");
    const failed = await call("GET", "/fail");
    expect(failed.status).toBe(502);
    expect(failed.headers.get("access-control-allow-origin")).toBe("*");
    const fine = await call("GET", "/abc");
    expect(fine.status).toBe(200);
    expect(fine.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("lists the allowed headers instead of * when the definition names them, in preflights and gateway errors alike", async () => {
    const allowHeaders = ["Authorization", "Content-Type", "X-Api-Key"];
    const { call } = await startFixture(routes, { fn: ok }, { cors: { allowHeaders } });
    const preflight = await call("OPTIONS", "/v1/links", { headers: { Origin: "http://localhost:5173", "Access-Control-Request-Method": "POST" } });
    const forbidden = await call("GET", "/v1/links");

    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-headers")).toBe("Authorization,Content-Type,X-Api-Key");
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    expect(forbidden.status).toBe(403);
    expect(forbidden.headers.get("access-control-allow-headers")).toBe("Authorization,Content-Type,X-Api-Key");
  });

  it("without cors, OPTIONS is an unknown method and errors carry no CORS headers", async () => {
    const { call } = await startFixture(routes, { fn: ok });
    const response = await call("OPTIONS", "/v1/links");
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ message: "Missing Authentication Token" });
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });
});
