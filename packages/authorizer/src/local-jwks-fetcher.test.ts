import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LocalJwksFetcher } from "./local-jwks-fetcher";

const JWKS = JSON.stringify({ keys: [{ kid: "k1", kty: "RSA", n: "abc", e: "AQAB" }] });

describe("LocalJwksFetcher", () => {
  let server: Server;
  let base: string;

  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === "/pool/.well-known/jwks.json") return void response.writeHead(200, { "content-type": "application/json" }).end(JWKS);
      if (request.url === "/slow") return; // never answers
      response.writeHead(404).end("not here");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it("returns the body of an http JWKS address", async () => {
    const body = await new LocalJwksFetcher().fetch(`${base}/pool/.well-known/jwks.json`);
    expect(new TextDecoder().decode(body)).toBe(JWKS);
  });

  it("rejects an answer other than 200, naming the address", async () => {
    await expect(new LocalJwksFetcher().fetch(`${base}/missing`)).rejects.toThrow(`${base}/missing answered 404`);
  });

  it("gives up after its timeout", async () => {
    await expect(new LocalJwksFetcher(50).fetch(`${base}/slow`)).rejects.toThrow(/timed out after 50 ms/);
  });
});
