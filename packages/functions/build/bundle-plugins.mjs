// @ts-check
/**
 * esbuild plugins for every function's bundle, given to SST as `nodejs.plugins`
 * (infra/mapping/functions.ts) and to the local stack's emulator alike (`FUNCTION_BUNDLE_PLUGINS`).
 * Both cut cold init only; what the code does is unchanged (figures: packages/functions/README.md,
 * "Bundles and cold start").
 *
 * 1. Builtins through `require`. An ESM `import … from "node:http"` makes Node build the builtin's
 *    ESM facade, which reads every export: `http.WebSocket` and friends are lazy getters that load
 *    undici, `fs.ReadStream` loads the streams. `require` reads none of them. Each builtin a bundle
 *    imports becomes a CommonJS module `module.exports = require("node:…")`, read through the
 *    bundle's `require` (SST's banner defines it); a builtin no kept code uses is not loaded at all.
 * 2. The default credential chain is the environment's credentials. Every AWS SDK client imports
 *    `@aws-sdk/credential-provider-node` (SSO, ini files, process, web identity, container and
 *    instance metadata: ~145 KB) whatever `credentials` it is given. Lambda always puts the
 *    function role's credentials in AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN,
 *    the chain's first link, and so does the local stack: `fromEnv` is what the chain returns there.
 *
 * Only `onResolve` and `onLoad` are used, every filter is `/.*\/` and every callback checks the
 * namespace itself: SST runs these plugins in its own host
 * (.sst/platform/functions/nodejs-runtime/plugin.mjs), which offers no other API, ignores
 * `namespace` options, and tests each filter against the string "undefined" rather than the path.
 * (The `namespace` options still spare native esbuild a call per file loaded.) Replies carry no
 * `pluginData`: SST's bridge would reject it.
 */
import { builtinModules } from "node:module";
import { fileURLToPath, URL } from "node:url";

const BUILTIN_NAMESPACE = "linkgate-builtin-require";
const CREDENTIALS_NAMESPACE = "linkgate-env-credentials";
const DEFAULT_CHAIN = "@aws-sdk/credential-provider-node";
const builtins = new Set(builtinModules);
/** `@aws-sdk/credential-provider-env` is a dependency of this package: resolved from here. */
const thisDir = fileURLToPath(new URL(".", import.meta.url));

/** @param {string} path */
const builtinName = (path) => {
  const name = path.startsWith("node:") ? path.slice("node:".length) : path;
  return builtins.has(name) ? name : undefined;
};

/** @type {import("esbuild").Plugin} */
export const builtinsThroughRequire = {
  name: "linkgate-builtins-through-require",
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => {
      // The shim's own `require` stays the bundle's (the banner's), unresolved.
      if (args.namespace === BUILTIN_NAMESPACE) return { path: args.path, external: true };
      const name = args.kind === "import-statement" ? builtinName(args.path) : undefined;
      // Loading a builtin has no side effect a bundle relies on: an unused import is dropped.
      return name ? { path: `node:${name}`, namespace: BUILTIN_NAMESPACE, sideEffects: false } : undefined;
    });
    build.onLoad({ filter: /.*/, namespace: BUILTIN_NAMESPACE }, (args) =>
      args.namespace === BUILTIN_NAMESPACE ? { contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: "js" } : undefined,
    );
  },
};

/** @type {import("esbuild").Plugin} */
export const environmentCredentials = {
  name: "linkgate-environment-credentials",
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => (args.path === DEFAULT_CHAIN ? { path: DEFAULT_CHAIN, namespace: CREDENTIALS_NAMESPACE } : undefined));
    build.onLoad({ filter: /.*/, namespace: CREDENTIALS_NAMESPACE }, (args) =>
      args.namespace === CREDENTIALS_NAMESPACE
        ? {
            // The chain's signature (`defaultProvider(init)` → provider), its first link's behaviour.
            contents: `import { fromEnv } from "@aws-sdk/credential-provider-env";\nexport const defaultProvider = (init = {}) => fromEnv(init);\n`,
            loader: "js",
            resolveDir: thisDir,
          }
        : undefined,
    );
  },
};

export default [builtinsThroughRequire, environmentCredentials];
