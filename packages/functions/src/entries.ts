/**
 * Where each Lambda's code lives, relative to the repository root: the one place that maps a
 * contract route name to its handler file. SST (`infra/api.ts`) and the local stack both read it,
 * so the deployed and the emulated functions are the same files.
 */
export const FUNCTIONS_DIR = "packages/functions/src/handlers";
export const AUTHORIZER_ENTRY = { file: "packages/authorizer/src/handler.ts", export: "handler" } as const;

/** `createMyLink` → `packages/functions/src/handlers/create-my-link.ts`, export `handler`. */
export function handlerEntryFor(routeName: string): { file: string; export: "handler" } {
  const kebab = routeName.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`).replace(/^-/, "");
  return { file: `${FUNCTIONS_DIR}/${kebab}.ts`, export: "handler" };
}
