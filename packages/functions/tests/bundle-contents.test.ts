import { beforeAll, describe, expect, it } from "vitest";
import type { BuiltFunction } from "@linkgate/emulator";
import { forbiddenModules, KB, sizeLimitBytes } from "../bench/bundle-rules";
import { allFunctions, buildAll, inputsOf } from "../bench/function-bundles";

// Every function bundled as the stack bundles it (the emulator's esbuild options, SST's), read
// through esbuild's metafile. Sizes are of the code with the AWS SDK external, as the limits count
// them (the SDK is bundled when shipped; `npm run bench -w @linkgate/functions` prints both).
let bundles: Map<string, BuiltFunction>;

beforeAll(async () => {
  bundles = await buildAll("external");
}, 120_000);

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
});
