import { linkOperations, linkRoutesByCaller } from "@linkgate/contract";
import type { LiveRoute } from "@linkgate/contract/live";

/**
 * Where each Lambda's code lives, relative to the repository root: the one place that maps a
 * contract route name to its handler file and export. SST (`infra/api.ts`) and the local stack both
 * read it, so the deployed and the emulated functions are the same code.
 */
export const FUNCTIONS_DIR = "packages/functions/src/handlers";
export const AUTHORIZER_ENTRY = { file: "packages/authorizer/src/handler.ts", export: "handler" } as const;
/** The live API's `$connect` authorizer: the same function code, reading the token from the query (REQUEST). */
export const LIVE_AUTHORIZER_ENTRY = { file: AUTHORIZER_ENTRY.file, export: "connectHandler" } as const;
/** The Links table's stream subscriber: clicks to the live API, TTL deletions to the owners' counts. */
export const LINK_STREAM_ENTRY = { file: "packages/functions/src/handlers/link-stream.ts", export: "handler" } as const;

/**
 * Packages left out of every function's bundle, for SST (infra/mapping/functions.ts) and the local
 * stack's emulator alike: none. The AWS SDK is bundled, tree-shaken, rather than taken from the
 * nodejs22.x runtime: loading the runtime's copy from its many files costs more at cold start than
 * the bundled part of it (figures: packages/functions/README.md, "Bundles and cold start").
 */
export const FUNCTION_BUNDLE_EXTERNAL: readonly string[] = [];

/**
 * esbuild plugins every function's bundle is built with, relative to the repository root: SST's
 * `nodejs.plugins` (infra/mapping/functions.ts) and the local stack's emulator read the same file.
 * They route builtins through `require` and reduce the SDK's default credential chain to the
 * environment's credentials, for cold init (the file says why each is safe).
 */
export const FUNCTION_BUNDLE_PLUGINS = "packages/functions/build/bundle-plugins.mjs";

export interface HandlerEntry {
  file: string;
  /** The module's export Lambda calls (`<file>.<export>` is the handler string). */
  export: string;
}

/*
 * The link API is one API mounted for two kinds of caller (contract: link.routes.ts), so its routes
 * have no file each: one file per route would be six twin pairs that differ only in the caller's
 * kind. All of them are exports of `links.ts`, named after the route. Each route is still its own
 * Lambda function (SST and the emulator make one per route, with the same names and settings); only
 * the handler string changes, e.g. `handlers/links.getMyLink` instead of `handlers/get-my-link.handler`.
 */
const LINKS_FILE = `${FUNCTIONS_DIR}/links.ts`;
const linkRouteNames = new Set<string>(Object.values(linkRoutesByCaller).flatMap((mounted) => linkOperations.map((operation) => mounted[operation].name)));

/**
 * `getMyLink` → `packages/functions/src/handlers/links.ts`, export `getMyLink`; any other route has a
 * file of its own: `createPartner` → `packages/functions/src/handlers/create-partner.ts`, export `handler`.
 */
export function handlerEntryFor(routeName: string): HandlerEntry {
  if (linkRouteNames.has(routeName)) return { file: LINKS_FILE, export: routeName };
  return fileOf(routeName);
}

/** `createPartner` → `handlers/create-partner.ts`, export `handler`. */
function fileOf(name: string): HandlerEntry {
  const kebab = name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`).replace(/^-/, "");
  return { file: `${FUNCTIONS_DIR}/${kebab}.ts`, export: "handler" };
}

/**
 * A live API route's function (contract: live.ts), a file each as the REST routes have, so `ping`
 * bundles neither the core nor the management API: `liveConnect` → `handlers/live-connect.ts`.
 */
export function liveHandlerEntryFor(name: LiveRoute["name"]): HandlerEntry {
  return fileOf(name);
}
