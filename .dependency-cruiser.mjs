// Import cycles, type-only imports included: each package's `lint` runs `depcruise` with this
// config on its own files (ESLint's import-x/no-cycle skips `import type`, and a type cycle still
// ties two modules into one unit). Paths are relative to the package being checked.
/** @type {import("dependency-cruiser").IConfiguration} */
export default {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "A module must not reach itself through its imports: move what both sides need into a module they both import.",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    // `import type` and type-only re-exports count.
    tsPreCompilationDeps: true,
    // Only this package's modules are followed; other packages (`../<package>/…` once their symlink
    // is resolved) are checked by their own lint, and the package graph itself is Nx's to keep acyclic.
    doNotFollow: { path: ["node_modules", "^\\.\\./"] },
    exclude: { path: ["(^|/)(node_modules|dist|coverage|\\.sst|\\.linkgate|\\.nx)/"] },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default"],
      extensions: [".ts", ".tsx", ".mts", ".cts", ".js", ".mjs", ".cjs", ".json", ".d.ts"],
    },
  },
};
