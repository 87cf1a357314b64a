import { build } from "esbuild";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * The authorizer bundled the way it ships: ESM, minified, Node 22, with `@aws-sdk/*` left out
 * because the Lambda runtime provides it. Written under dist/ (git-ignored), so the external
 * `@aws-sdk/*` imports still resolve from the workspace node_modules when the bundle is loaded.
 */
export async function bundleAuthorizer(purpose: "bench" | "test" = "bench"): Promise<{ file: string; bytes: number }> {
  const outdir = join(packageDir, "dist", purpose);
  mkdirSync(outdir, { recursive: true });
  const file = join(outdir, "handler.mjs");
  const result = await build({
    entryPoints: [join(packageDir, "src", "handler.ts")],
    outfile: file,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node22",
    minify: true,
    external: ["@aws-sdk/*"],
    metafile: true,
    logLevel: "silent",
  });
  const bytes = Object.values(result.metafile.outputs)[0]?.bytes ?? 0;
  return { file, bytes };
}
