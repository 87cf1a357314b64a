import { request as httpRequest } from "node:http";
import { describe, expect, it } from "vitest";
import { sleep } from "./support/fake-invoker";
import { ok, route, startFixture } from "./support/gateway-fixture";

describe("a client that goes away mid-body", () => {
  it("is dropped without invoking, answering or logging, and the gateway keeps serving", async () => {
    const { gateway, call, invoker, logs } = await startFixture([route("POST", "/up", "fn"), route("GET", "/health", "fn")], { fn: ok });
    const request = httpRequest({ host: "127.0.0.1", port: gateway.port, method: "POST", path: "/up", headers: { "Content-Length": "1000" } });
    request.on("error", () => undefined);
    request.write("only ten b");
    await sleep(50);
    request.destroy();
    await sleep(50);
    expect(invoker.count("fn")).toBe(0);
    expect(logs).toHaveLength(0);
    expect((await call("GET", "/health")).status).toBe(200);
    expect(gateway.metrics().map((entry) => entry.route)).toEqual(["GET /health"]);
  });
});
