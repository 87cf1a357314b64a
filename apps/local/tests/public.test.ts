import { buildOpenApiDocument } from "@linkgate/contract";
import { describe, expect, it } from "vitest";
import { stack } from "./support/stack-clients";

describe("public routes", () => {
  it("GET /openapi.json equals the contract's document", async () => {
    const response = await fetch(`${stack().apiUrl}/openapi.json`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(buildOpenApiDocument())));
  });

  it("GET /health answers ok, with the gateway's request id", async () => {
    const response = await fetch(`${stack().apiUrl}/health`);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-amzn-requestid")).toMatch(/^[0-9a-f-]{36}$/);
    expect(await response.json()).toMatchObject({ status: "ok" });
  });

  it("lets the console send its bearer token cross-origin: preflights name Authorization (never covered by *)", async () => {
    const response = await fetch(`${stack().apiUrl}/me/links`, {
      method: "OPTIONS",
      headers: { Origin: "http://127.0.0.1:3104", "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "authorization,content-type,idempotency-key" },
    });
    expect(response.status).toBe(204);
    const allowed = response.headers.get("access-control-allow-headers")?.toLowerCase().split(",");
    expect(allowed).toEqual(expect.arrayContaining(["authorization", "content-type", "idempotency-key", "x-api-key"]));
    expect(allowed).not.toContain("*");
  });

  it("answers an unknown route the way API Gateway does", async () => {
    const response = await fetch(`${stack().apiUrl}/v1/nothing/here`);
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ message: "Missing Authentication Token" });
  });
});
