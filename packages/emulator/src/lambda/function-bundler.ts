import { build, type BuildOptions, type Message, type Metafile, type Plugin } from "esbuild";
import { mkdir, readdir, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { basename, extname, join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { writeFileAtomically } from "../files/atomic-write";
import { BundleError } from "./errors";

export interface FunctionBundle {
  /** `file://` URL of the `.mjs` a worker imports. */
  url: string;
  /** `file.export`, Lambda's `_HANDLER`. */
  handlerLabel: string;
  /** Directory of the bundle: `LAMBDA_TASK_ROOT`. */
  taskRoot: string;
  bytes: number;
  buildMs: number;
  /** Absolute paths of every source file esbuild read (from its metafile), for dev-mode watching. */
  inputs: string[];
}

export interface BundleRequest {
  functionName: string;
  entry: string;
  handlerName: string;
  /** Increases on every rebuild; each build gets its own directory so a starting worker never reads a half-written file. */
  generation: number;
}

export interface BundlerOptions {
  rootDir: string;
  bundleDir: string;
  /** Packages left out of the bundle (resolved from the entry at run time), e.g. `["@aws-sdk/*"]`. */
  external: string[];
  /** Dev builds skip minification, like `sst dev`. */
  minify: boolean;
  /** SST's `nodejs.plugins`: a module (path relative to `rootDir`) whose default export is a list of esbuild plugins. */
  plugins?: string;
}

/**
 * SST's Node.js build (pkg/runtime/node/build.go in SST 3/4), matched here: ESM `.mjs`, platform
 * node, bundle, keepNames, mainFields module→main, linked source maps, minified outside dev, and
 * the banner giving ESM bundles `require`, `__filename`, `__dirname` (CommonJS deps need them).
 * Difference, on purpose: target node22, Lambda's nodejs22.x (SST: esnext, which is the same
 * runtime's syntax but unchecked). Like SST, everything is bundled unless `external` says otherwise
 * (SST forces only `sharp` and `pg-native` out), and the `plugins` module's plugins run after SST's
 * own (which only checks the `sst` package's version) and before the externals.
 */
/** The Node release Lambda runs (nodejs22.x), and every bundle and worker script targets. */
export const LAMBDA_NODE_TARGET = "node22";

const BANNER = [
  `import { createRequire as topLevelCreateRequire } from "module";`,
  `const require = topLevelCreateRequire(import.meta.url);`,
  `import { fileURLToPath as topLevelFileUrlToPath, URL as topLevelURL } from "url";`,
  `const __filename = topLevelFileUrlToPath(import.meta.url);`,
  `const __dirname = topLevelFileUrlToPath(new topLevelURL(".", import.meta.url));`,
].join("\n");

export interface FunctionBuildInput {
  /** Absolute path of the handler's source file. */
  entry: string;
  outfile: string;
  rootDir: string;
  external: string[];
  minify: boolean;
  /** As `BundlerOptions.plugins`. */
  plugins?: string;
}

/**
 * The esbuild options of one function's bundle: the one place they are written, used by
 * `bundleFunction` and by whoever needs the same bundle's metafile (the functions' bundle-content
 * test and bundle bench), so that what they measure is what the stack runs.
 */
export async function functionBuildOptions(input: FunctionBuildInput): Promise<BuildOptions & { metafile: true }> {
  return {
    entryPoints: [input.entry],
    outfile: input.outfile,
    absWorkingDir: input.rootDir,
    bundle: true,
    platform: "node",
    format: "esm",
    target: LAMBDA_NODE_TARGET,
    mainFields: ["module", "main"],
    keepNames: true,
    minify: input.minify,
    sourcemap: "linked",
    metafile: true,
    banner: { js: BANNER },
    plugins: [...(input.plugins ? await pluginsOf(resolve(input.rootDir, input.plugins)) : []), externalsFromEntry(input.external)],
  };
}

const pluginModules = new Map<string, Promise<Plugin[]>>();

/** The plugins module's default export, imported once per process (like SST's host, once per build). */
function pluginsOf(file: string): Promise<Plugin[]> {
  let loaded = pluginModules.get(file);
  if (!loaded) {
    loaded = import(pathToFileURL(file).href).then((module: { default?: unknown }) => {
      if (!Array.isArray(module.default)) throw new Error(`${file}: its default export must be a list of esbuild plugins (SST's nodejs.plugins)`);
      return module.default as Plugin[];
    });
    loaded.catch(() => pluginModules.delete(file));
    pluginModules.set(file, loaded);
  }
  return loaded;
}

export interface BuiltFunction {
  /** The `.mjs` bundle (its source map is left out). */
  code: Uint8Array;
  bytes: number;
  /** esbuild's account of what went in: every input file and how many bytes of the output it became. */
  metafile: Metafile;
}

/** Builds one function's bundle in memory, without writing it: for tests and benches that read its metafile. */
export async function buildFunction(input: FunctionBuildInput): Promise<BuiltFunction> {
  const result = await build({ ...(await functionBuildOptions(input)), write: false, logLevel: "silent" });
  const code = result.outputFiles.find((file) => file.path === input.outfile)?.contents ?? new Uint8Array();
  return { code, bytes: code.byteLength, metafile: result.metafile };
}

export async function bundleFunction(request: BundleRequest, options: BundlerOptions): Promise<FunctionBundle> {
  const started = performance.now();
  const entry = resolve(options.rootDir, request.entry);
  // Lambda handler strings allow one dot (file.export), so SST turns other dots into dashes.
  const stem = basename(entry, extname(entry)).replaceAll(".", "-");
  const functionDir = join(options.bundleDir, safeDirName(request.functionName));
  const taskRoot = join(functionDir, `g${request.generation}`);
  const outfile = join(taskRoot, `${stem}.mjs`);
  const buildInput = { entry, outfile, rootDir: options.rootDir, external: options.external, minify: options.minify, ...(options.plugins ? { plugins: options.plugins } : {}) };
  const result = await functionBuildOptions(buildInput)
    .then((buildOptions) => build({ ...buildOptions, write: false, logLevel: "silent" }))
    .catch((error: unknown) => {
      throw new BundleError(request.functionName, entry, errorsOf(error));
    });
  let bytes = 0;
  await mkdir(taskRoot, { recursive: true });
  for (const file of result.outputFiles) {
    if (file.path === outfile) bytes = file.contents.byteLength;
    await writeFileAtomically(file.path, file.contents);
  }
  await removeOlderGenerations(functionDir, request.generation);
  return {
    url: pathToFileURL(outfile).href,
    handlerLabel: `${stem}.${request.handlerName}`,
    taskRoot,
    bytes,
    buildMs: performance.now() - started,
    inputs: inputsOf(result.metafile, options.rootDir),
  };
}

/**
 * External packages are resolved from the importing source file at build time and written into the
 * bundle as absolute paths, so a bundle works wherever `bundleDir` is (even outside the repository).
 * Node's `require` resolution is used on purpose: it picks the entry Node itself would load.
 */
function externalsFromEntry(patterns: string[]): Plugin {
  const matchers = patterns.map((pattern) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`));
  return {
    name: "linkgate-externals",
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, (args) => {
        if (!matchers.some((matcher) => matcher.test(args.path))) return undefined;
        try {
          const resolved = createRequire(args.importer || join(build.initialOptions.absWorkingDir ?? process.cwd(), "index.js")).resolve(args.path);
          // `import` needs a file URL; CommonJS `require` (e.g. dynamoose's) needs a plain path.
          return { path: args.kind === "require-call" ? resolved : pathToFileURL(resolved).href, external: true };
        } catch {
          // Not installed: keep the bare name; the import fails at init, as on Lambda.
          return { path: args.path, external: true };
        }
      });
    },
  };
}

/** Keeps the previous generation too: a worker may still be starting from it. */
async function removeOlderGenerations(functionDir: string, generation: number): Promise<void> {
  const stale = (await readdir(functionDir)).filter((name) => /^g\d+$/.test(name) && Number(name.slice(1)) < generation - 1);
  await Promise.all(stale.map((name) => rm(join(functionDir, name), { recursive: true, force: true })));
}

function inputsOf(metafile: Metafile | undefined, rootDir: string): string[] {
  return Object.keys(metafile?.inputs ?? {})
    .filter((input) => !input.includes(":"))
    .map((input) => resolve(rootDir, input));
}

function errorsOf(error: unknown): string[] {
  const messages = (error as { errors?: Message[] }).errors;
  if (!messages?.length) return [error instanceof Error ? error.message : String(error)];
  return messages.map((message) =>
    message.location ? `${message.location.file}:${message.location.line}:${message.location.column}: ${message.text}` : message.text,
  );
}

function safeDirName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]/g, "_");
}
