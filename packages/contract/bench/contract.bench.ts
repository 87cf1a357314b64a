/**
 * What the contract costs on the request path: parsing an event for the redirect (the hot path)
 * and for a create, next to a bare JSON.parse of the same body; and building the OpenAPI document
 * (done once per cold start of the openapi.json handler). Prints figures; asserts nothing.
 * Run: npm run bench -w @linkgate/contract
 */
import { performance } from "node:perf_hooks";
import { buildOpenApiDocument, parseRouteRequest } from "../src/index";

function opsPerSecond(label: string, run: () => unknown, iterations = 100_000): number {
  for (let i = 0; i < iterations / 10; i++) run(); // warm up
  const start = performance.now();
  for (let i = 0; i < iterations; i++) run();
  const seconds = (performance.now() - start) / 1000;
  const ops = iterations / seconds;
  console.log(`${label.padEnd(42)} ${Math.round(ops).toLocaleString("en").padStart(12)} ops/s  ${((seconds / iterations) * 1e6).toFixed(2)} µs/op`);
  return ops;
}

const createBody = JSON.stringify({ target: "https://example.com/some/landing?x=1", alias: "launch-2026", expiresAt: "2027-01-01T00:00:00Z" });
const redirectParts = { pathParameters: { code: "abc2345" }, queryStringParameters: { utm_source: "mail" }, headers: { Host: "lnk.test" }, body: null };
const createParts = { pathParameters: null, queryStringParameters: null, headers: { "Idempotency-Key": "k-1" }, body: createBody };

const bare = opsPerSecond("JSON.parse(create body) [baseline]", () => JSON.parse(createBody));
const redirect = opsPerSecond("parseRouteRequest(redirect)", () => parseRouteRequest("redirect", redirectParts));
const create = opsPerSecond("parseRouteRequest(createMyLink)", () => parseRouteRequest("createMyLink", createParts));
const list = opsPerSecond("parseRouteRequest(listMyLinks ?limit&sort)", () =>
  parseRouteRequest("listMyLinks", { queryStringParameters: { limit: "50", sort: "createdAt" } }),
);
console.log(`ratios to bare JSON.parse: redirect ${(redirect / bare).toFixed(2)}×, create ${(create / bare).toFixed(2)}×, list ${(list / bare).toFixed(2)}×`);

const start = performance.now();
const document = buildOpenApiDocument();
console.log(`buildOpenApiDocument: ${(performance.now() - start).toFixed(1)} ms (first call), ${JSON.stringify(document).length.toLocaleString("en")} bytes`);
const again = performance.now();
buildOpenApiDocument();
console.log(`buildOpenApiDocument: ${(performance.now() - again).toFixed(1)} ms (warm)`);

// What every Lambda pays for importing the contract: bundled and minified like a deploy would.
// `import * as z from "zod"` (not `{ z }`) lets esbuild drop unused zod parts (locales among them).
const { build } = await import("esbuild");
const bundle = await build({
  stdin: {
    contents: `import { parseRouteRequest } from "./src/index"; export const parse = (e) => parseRouteRequest("redirect", e);`,
    resolveDir: new URL("..", import.meta.url).pathname,
    loader: "ts",
  },
  bundle: true,
  minify: true,
  platform: "node",
  format: "esm",
  write: false,
  logLevel: "error",
});
const code = bundle.outputFiles[0]!.text;
const importStart = performance.now();
await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
console.log(`bundle importing parseRouteRequest: ${(code.length / 1024).toFixed(0)} KiB minified, import ${(performance.now() - importStart).toFixed(1)} ms`);
