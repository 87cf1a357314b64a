import type { OnLoadArgs, OnLoadResult, OnResolveArgs, OnResolveResult, Plugin } from "esbuild";
import { spawn } from "node:child_process";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { PLATFORM_DIR, REPO_ROOT } from "../../typecheck/sst-platform";

/**
 * SST's `nodejs.plugins` as SST 4 runs them: its Go build (pkg/runtime/node/plugin.go) starts
 * `node .sst/platform/functions/nodejs-runtime/plugin.mjs <file>` and forwards every resolve and
 * load over JSON lines, with `.*` filters. This is that bridge, field for field, in esbuild's JS API,
 * around SST's real host script, so a plugins file is tested where it will run.
 */
export interface SstPluginHost {
  plugin: Plugin;
  close(): void;
}

type Reply = Record<string, unknown>;

export function sstPluginHost(pluginsFile: string): SstPluginHost {
  const child = spawn(process.execPath, [join(PLATFORM_DIR, "functions", "nodejs-runtime", "plugin.mjs"), join(REPO_ROOT, pluginsFile)], { cwd: REPO_ROOT, stdio: ["pipe", "pipe", "inherit"] });
  const pending = new Map<number, (reply: Reply) => void>();
  let nextId = 0;
  createInterface({ input: child.stdout }).on("line", (line) => {
    const { id, value } = JSON.parse(line) as { id: number; value: Reply };
    pending.get(id)?.(value);
    pending.delete(id);
  });
  const request = (command: "resolve" | "load", value: Reply) =>
    new Promise<Reply>((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      child.stdin.write(`${JSON.stringify({ id, command, value })}\n`);
    });

  const plugin: Plugin = {
    name: "nodejs-plugin",
    setup(build) {
      build.onResolve({ filter: /.*/ }, async (args: OnResolveArgs): Promise<OnResolveResult> => {
        const reply = await request("resolve", { path: args.path, importer: args.importer, namespace: args.namespace, resolveDir: args.resolveDir, kind: args.kind, pluginData: args.pluginData ?? null, with: args.with });
        if (typeof reply.error === "string") throw new Error(reply.error);
        // plugin.go asserts an int: a JSON number arrives as float64 and the assertion panics.
        if ("pluginData" in reply) throw new Error("SST's bridge cannot take pluginData from a plugin");
        return definedOnly({ path: reply.path, namespace: reply.namespace, external: reply.external, sideEffects: reply.sideEffects, suffix: reply.suffix, pluginName: reply.pluginName }) as OnResolveResult;
      });
      build.onLoad({ filter: /.*/ }, async (args: OnLoadArgs): Promise<OnLoadResult> => {
        const reply = await request("load", { path: args.path, namespace: args.namespace, suffix: args.suffix, pluginData: args.pluginData ?? null, with: args.with });
        if (typeof reply.error === "string") throw new Error(reply.error);
        if ("pluginData" in reply) throw new Error("SST's bridge cannot take pluginData from a plugin");
        // Without contents, Go's result leaves the file to esbuild's own loader.
        if (typeof reply.contents !== "string") return {};
        return definedOnly({ contents: reply.contents, loader: reply.loader, resolveDir: reply.resolveDir }) as OnLoadResult;
      });
    },
  };
  return { plugin, close: () => child.kill() };
}

function definedOnly(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}
