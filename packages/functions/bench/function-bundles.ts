import { routes } from "@linkgate/contract";
import { liveRoutes } from "@linkgate/contract/live";
import { buildFunction, bundleFunction, type BuiltFunction, type FunctionBundle } from "@linkgate/emulator";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { AUTHORIZER_ENTRY, FUNCTION_BUNDLE_PLUGINS, handlerEntryFor, LINK_STREAM_ENTRY, LIVE_AUTHORIZER_ENTRY, liveHandlerEntryFor, type HandlerEntry } from "../src/entries";

/** The repository root (entries are relative to it); `BUNDLES_ROOT` points the bench at another checkout. */
export const repoRoot = resolve(process.env.BUNDLES_ROOT ?? join(dirname(fileURLToPath(import.meta.url)), "../../.."));

/** Every Lambda function of the stack: one per contract route (REST and live), the two authorizers, and the Links stream's consumer. */
export interface FunctionEntry {
  name: string;
  entry: HandlerEntry;
}

export const allFunctions: FunctionEntry[] = [
  ...routes.map((route) => ({ name: route.name, entry: handlerEntryFor(route.name) })),
  { name: "authorizer", entry: AUTHORIZER_ENTRY },
  ...liveRoutes.map((route) => ({ name: route.name, entry: liveHandlerEntryFor(route.name) })),
  { name: "liveAuthorizer", entry: LIVE_AUTHORIZER_ENTRY },
  { name: "linkStream", entry: LINK_STREAM_ENTRY },
];

/** How the AWS SDK is treated: left to the runtime's copy (`@aws-sdk/*` external) or bundled and tree-shaken. */
export type SdkPlacement = "external" | "bundled";
export const externalFor = (sdk: SdkPlacement) => (sdk === "external" ? ["@aws-sdk/*"] : []);

/** The stack's bundle plugins, as SST and the local stack use them (absent from a `BUNDLES_ROOT` tree older than them). */
const plugins = existsSync(join(repoRoot, FUNCTION_BUNDLE_PLUGINS)) ? { plugins: FUNCTION_BUNDLE_PLUGINS } : {};

/**
 * The functions' bundles in memory, with their metafiles, built with the stack's own esbuild
 * options (the emulator's `functionBuildOptions`, which match SST's). Functions sharing a file
 * (the link routes) share one build: their bundles differ only in the export Lambda calls.
 */
export async function buildAll(sdk: SdkPlacement, functions = allFunctions): Promise<Map<string, BuiltFunction>> {
  const byFile = new Map<string, Promise<BuiltFunction>>();
  const built = new Map<string, BuiltFunction>();
  for (const fn of functions) {
    let build = byFile.get(fn.entry.file);
    if (!build) {
      build = buildFunction({ entry: join(repoRoot, fn.entry.file), outfile: join(repoRoot, "dist/bundle-check/handler.mjs"), rootDir: repoRoot, external: externalFor(sdk), minify: true, ...plugins });
      byFile.set(fn.entry.file, build);
    }
    built.set(fn.name, await build);
  }
  return built;
}

/** Writes one function's bundle exactly as the local stack does (`bundleFunction`), for loading it in a fresh process. */
export async function writeBundle(fn: FunctionEntry, sdk: SdkPlacement, bundleDir: string): Promise<FunctionBundle> {
  return bundleFunction({ functionName: `${fn.name}-${sdk}`, entry: fn.entry.file, handlerName: fn.entry.export, generation: 1 }, { rootDir: repoRoot, bundleDir, external: externalFor(sdk), minify: true, ...plugins });
}

/** A module of the output, named by package (`dynamoose`, `@aws-sdk/client-dynamodb`) or by workspace path. */
export function inputsOf(built: BuiltFunction): string[] {
  const output = Object.values(built.metafile.outputs).find((candidate) => candidate.entryPoint !== undefined);
  const bundled = Object.entries(output?.inputs ?? {}).filter(([, info]) => info.bytesInOutput > 0).map(([path]) => path);
  const external = (output?.imports ?? []).filter((entry) => entry.external).map((entry) => entry.path);
  return [...bundled, ...external];
}

/** Bytes of the output by package (node_modules) or workspace package folder, largest first. */
export function bytesByPackage(built: BuiltFunction): Array<[string, number]> {
  const output = Object.values(built.metafile.outputs).find((candidate) => candidate.entryPoint !== undefined);
  const sums = new Map<string, number>();
  for (const [path, info] of Object.entries(output?.inputs ?? {})) {
    const key = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? path.replace(/^packages\/([^/]+)\/src\/([^/]+).*$/, "$1/$2");
    sums.set(key, (sums.get(key) ?? 0) + info.bytesInOutput);
  }
  return [...sums].sort((a, b) => b[1] - a[1]);
}
