import { buildFunction } from "@linkgate/emulator";
import { AUTHORIZER_ENTRY, FUNCTION_BUNDLE_EXTERNAL, FUNCTION_BUNDLE_PLUGINS } from "@linkgate/functions/entries";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const repoRoot = join(packageDir, "../..");

/** How the AWS SDK is treated: bundled, tree-shaken (what ships: `FUNCTION_BUNDLE_EXTERNAL`), or left to the runtime. */
export type SdkPlacement = "bundled" | "external";
export const shippedSdkPlacement: SdkPlacement = FUNCTION_BUNDLE_EXTERNAL.some((pattern) => pattern.startsWith("@aws-sdk")) ? "external" : "bundled";

/**
 * The authorizer bundled the way it ships: the stack's own esbuild options (the emulator's, which
 * match SST's) and bundle plugins, minified. Written under dist/ (git-ignored), so that an external `@aws-sdk/*`
 * still resolves from the workspace node_modules when the bundle is loaded.
 */
export async function bundleAuthorizer(purpose: "bench" | "test" = "bench", sdk: SdkPlacement = shippedSdkPlacement): Promise<{ file: string; bytes: number }> {
  const outdir = join(packageDir, "dist", `${purpose}-sdk-${sdk}`);
  mkdirSync(outdir, { recursive: true });
  const file = join(outdir, "handler.mjs");
  const external = sdk === "external" ? ["@aws-sdk/*"] : [...FUNCTION_BUNDLE_EXTERNAL];
  const built = await buildFunction({ entry: join(repoRoot, AUTHORIZER_ENTRY.file), outfile: file, rootDir: repoRoot, external, minify: true, plugins: FUNCTION_BUNDLE_PLUGINS });
  writeFileSync(file, built.code);
  return { file, bytes: built.bytes };
}
