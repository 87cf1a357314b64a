import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GatewayMetricsUnavailable, readGatewayRefusals } from "./gateway-metrics";

describe("readGatewayRefusals", () => {
  let server: Server;
  let base: string;
  const bodies: Record<string, string> = {
    "/emulator": JSON.stringify({ routes: [{ route: "GET /v1/links", count: 9, throttled: 2, quotaExceeded: 1, p50Ms: 1 }, { route: "(unmatched)", count: 1, throttled: 0, quotaExceeded: 0 }], functions: {} }),
    "/other": JSON.stringify({ authorizerCacheFlushes: {} }),
  };

  beforeAll(async () => {
    server = createServer((req, res) => {
      const body = bodies[req.url ?? ""];
      res.writeHead(body ? 200 : 404, { "content-type": "application/json" }).end(body ?? "{}");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("is null without a URL (AWS: API Gateway does not count refusals per error type)", async () => {
    await expect(readGatewayRefusals(undefined)).resolves.toBeNull();
  });

  it("sums throttled and quota-exceeded over every route", async () => {
    await expect(readGatewayRefusals(`${base}/emulator`)).resolves.toEqual({ throttled: 2, quotaExceeded: 1 });
  });

  it("refuses an answer that is not the emulator's route counters, or an error status", async () => {
    await expect(readGatewayRefusals(`${base}/other`)).rejects.toBeInstanceOf(GatewayMetricsUnavailable);
    await expect(readGatewayRefusals(`${base}/missing`)).rejects.toThrow(/answered 404/);
  });
});
