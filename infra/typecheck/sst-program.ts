import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import ts from "typescript";
import { REPO_ROOT } from "./sst-platform";

/**
 * Type-checks SST code (sst.config.ts, infra/*.ts) against SST's real component types in
 * `.sst/platform`, with the workspace's compiler options.
 *
 * SST's platform is TypeScript source, not declarations, and it does not compile under our stricter
 * flags (verbatimModuleSyntax, noUncheckedIndexedAccess, noImplicitOverride): `skipLibCheck` does not
 * cover .ts files, so its own diagnostics are dropped here. Ours are all reported.
 */

export function sstRootFiles(): string[] {
  const infraDir = join(REPO_ROOT, "infra");
  const infraFiles = readdirSync(infraDir)
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts") && file !== "vitest.config.ts")
    .map((file) => join(infraDir, file));
  return [join(REPO_ROOT, "sst.config.ts"), ...infraFiles];
}

export function workspaceCompilerOptions(): ts.CompilerOptions {
  const configPath = join(REPO_ROOT, "tsconfig.base.json");
  const { config, error } = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path));
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, "\n"));
  return ts.parseJsonConfigFileContent(config, ts.sys, REPO_ROOT, undefined, configPath).options;
}

/** Diagnostics in our files only (not in `.sst/` or `node_modules/`). */
export function sstDiagnostics(rootFiles: readonly string[] = sstRootFiles()): ts.Diagnostic[] {
  // One Node: SST's global.d.ts imports its own @types/node and its config types import "bun",
  // whose types redeclare Node's globals; both would clash with the workspace's Node 22 types.
  const options: ts.CompilerOptions = {
    ...workspaceCompilerOptions(),
    paths: {
      "@types/node": [join(REPO_ROOT, "node_modules", "@types", "node")],
      bun: [join(REPO_ROOT, "infra", "typecheck", "bun-shell.d.ts")],
    },
    noEmit: true,
  };
  const program = ts.createProgram({ rootNames: [...rootFiles], options });
  return ts.getPreEmitDiagnostics(program).filter((diagnostic) => !diagnostic.file || isOurs(diagnostic.file.fileName));
}

export function formatDiagnostics(diagnostics: readonly ts.Diagnostic[]): string {
  return ts.formatDiagnostics(diagnostics, {
    getCanonicalFileName: (fileName) => fileName,
    getCurrentDirectory: () => REPO_ROOT,
    getNewLine: () => "\n",
  });
}

function isOurs(fileName: string): boolean {
  const parts = relative(REPO_ROOT, fileName).split(sep);
  return !parts.includes(".sst") && !parts.includes("node_modules");
}
