import { build } from "esbuild";
import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { writeFileAtomically } from "../files/atomic-write";
import { LAMBDA_NODE_TARGET } from "./function-bundler";

const WORKER_ENTRY_SOURCE = fileURLToPath(new URL("./worker/worker-entry.ts", import.meta.url));

/**
 * The worker's own code is TypeScript like the rest of the package, and a worker thread cannot load
 * TypeScript by itself; so the runtime bundles it once into plain ESM next to the function bundles.
 * Returns the URL to start workers from.
 */
export async function buildWorkerScript(bundleDir: string): Promise<URL> {
  const outfile = join(bundleDir, ".runtime", "worker-entry.mjs");
  const result = await build({
    entryPoints: [WORKER_ENTRY_SOURCE],
    outfile,
    bundle: true,
    format: "esm",
    platform: "node",
    target: LAMBDA_NODE_TARGET,
    sourcemap: "linked",
    logLevel: "silent",
    write: false,
  });
  // Another runtime sharing this bundleDir may be starting workers from the current file.
  await mkdir(dirname(outfile), { recursive: true });
  for (const file of result.outputFiles) await writeFileAtomically(file.path, file.contents);
  return pathToFileURL(outfile);
}
