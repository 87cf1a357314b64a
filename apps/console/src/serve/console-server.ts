import { fileURLToPath } from "node:url";
import { createServer } from "vite";
import type { ConsoleEnv } from "../config/console-config";

export interface ConsoleServerOptions {
  /** 0 picks a free port. */
  port: number;
  host?: "127.0.0.1" | "localhost";
  /** The console's settings (see README): API URL, pool ids, region, and the local Cognito endpoint. */
  env: ConsoleEnv;
}

export interface ConsoleServer {
  /** e.g. `http://127.0.0.1:3104` (no trailing slash). */
  url: string;
  close(): Promise<void>;
}

const consoleRoot = fileURLToPath(new URL("../..", import.meta.url));

/**
 * Serves the console with Vite's dev server (no build step, edits show at once) and the given
 * settings. The settings are `define`d as `import.meta.env.VITE_*` for this server only, so the
 * caller's process.env is neither read nor changed.
 */
export async function startConsoleServer(options: ConsoleServerOptions): Promise<ConsoleServer> {
  const define = Object.fromEntries(
    Object.entries(options.env)
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => [`import.meta.env.${name}`, JSON.stringify(value)]),
  );
  const server = await createServer({
    root: consoleRoot,
    configFile: fileURLToPath(new URL("../../vite.config.ts", import.meta.url)),
    // No .env files: the caller's values are the only source.
    envDir: false,
    define,
    clearScreen: false,
    logLevel: "warn",
    server: { host: options.host ?? "127.0.0.1", port: options.port, strictPort: true },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === "string") {
    await server.close();
    throw new Error("The console server did not report its port.");
  }
  return { url: `http://${options.host ?? "127.0.0.1"}:${address.port}`, close: () => server.close() };
}
