import { buildOpenApiDocument } from "@linkgate/contract";
import type { BuiltFunction } from "@linkgate/emulator";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { builtinModules } from "node:module";
import { beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { lambdaContext, proxyEvent } from "../src/testing/proxy-event";
import { forbiddenModules, KB, sizeLimitBytes } from "../bench/bundle-rules";
import { allFunctions, buildAll, inputsOf, writeBundle } from "../bench/function-bundles";

// Every function bundled as the stack bundles it (the emulator's esbuild options, SST's, and the
// bundle plugins), read through esbuild's metafile. Sizes are of the code with the AWS SDK external,
// as the limits count them; what the plugins change is checked on the bundles as they ship, with
// the SDK bundled (`npm run bench -w @linkgate/functions` prints both sizes).
let bundles: Map<string, BuiltFunction>;
let shipped: Map<string, BuiltFunction>;

beforeAll(async () => {
  bundles = await buildAll("external");
  shipped = await buildAll("bundled");
}, 240_000);

const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
/** The output's imports that Node would run as ES module imports of a builtin. */
const builtinEsmImports = (built: BuiltFunction) =>
  Object.values(built.metafile.outputs)
    .flatMap((output) => output.imports)
    .filter((entry) => builtins.has(entry.path) && entry.kind === "import-statement")
    .map((entry) => entry.path);

describe.each(allFunctions.map((fn) => fn.name))("the %s function's bundle", (name) => {
  it("holds no module its route never uses", () => {
    const inputs = inputsOf(bundles.get(name)!);
    const found = forbiddenModules
      .filter((rule) => !rule.allowedIn(name))
      .flatMap((rule) => inputs.filter((input) => rule.pattern.test(input)).map((input) => `${rule.what}: ${input}`));
    expect(found).toEqual([]);
  });

  it(`stays within its size limit`, () => {
    const bytes = bundles.get(name)!.bytes;
    expect(bytes, `${(bytes / KB).toFixed(1)} KB`).toBeLessThanOrEqual(sizeLimitBytes(name));
  });

  it("ships no credential source but the environment's (the SDK's default chain is left out)", () => {
    const sources = inputsOf(shipped.get(name)!).filter((input) => /node_modules\/(@aws-sdk\/credential-provider-(?!env\/)|@aws-sdk\/token-providers\/|@smithy\/credential-provider-imds\/)/.test(input));
    expect(sources).toEqual([]);
  });

  it("reads Node's builtins with require, never an ES module import", () => {
    expect(builtinEsmImports(shipped.get(name)!)).toEqual([]);
  });
});

describe("the bundled getOpenApiDocument", () => {
  // The contract's modules are declared free of side effects, which lets esbuild drop modules no
  // import uses: the document the shipped function answers must still be the contract's, byte for byte.
  it("answers the contract's OpenAPI document unchanged", async () => {
    const fn = allFunctions.find((candidate) => candidate.name === "getOpenApiDocument")!;
    const bundleDir = mkdtempSync(join(tmpdir(), "linkgate-openapi-bundle-"));
    onTestFinished(() => rmSync(bundleDir, { recursive: true, force: true }));
    const bundle = await writeBundle(fn, "bundled", bundleDir);
    const { handler } = (await import(bundle.url)) as { handler: (event: unknown, context: unknown) => Promise<{ statusCode: number; body: string }> };
    const answer = await handler(proxyEvent({ route: "getOpenApiDocument" }), lambdaContext("getOpenApiDocument"));
    expect(answer.statusCode).toBe(200);
    expect(answer.body).toBe(JSON.stringify(buildOpenApiDocument()));
  });
});
