import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import { createServer } from "node:net";

/** A child process that the stack owns: started once, stopped cleanly, never left behind. */
export interface OwnedProcess {
  readonly child: ChildProcess;
  /** Everything the process printed so far (stdout and stderr), for error messages. */
  output(): string;
  stop(): Promise<void>;
}

const owned = new Set<ChildProcess>();
// If our own process dies without calling stop(), take the children down with it.
process.once("exit", () => {
  for (const child of owned) child.kill("SIGKILL");
});

/**
 * `lifeline`: the child's stdin is a pipe we never write to nor close. When this process dies, even
 * by SIGKILL (no exit handler runs then), the OS closes it and the child reads end-of-file: a child
 * that exits on that (see exit-with-parent.mjs, LoopbackDynamoDbLocal.java) never outlives the stack
 * and never holds its port against the next start.
 */
export function spawnOwned(command: string, args: string[], options: SpawnOptions = {}, lifeline = false): OwnedProcess {
  const child = spawn(command, args, { stdio: [lifeline ? "pipe" : "ignore", "pipe", "pipe"], ...options });
  // The pipe must not keep our event loop alive, nor crash us if the child is gone when it is closed.
  if (child.stdin) {
    child.stdin.on("error", () => {});
    (child.stdin as unknown as { unref?: () => void }).unref?.();
  }
  owned.add(child);
  let printed = "";
  const keep = (chunk: Buffer) => {
    printed = (printed + chunk.toString("utf8")).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.once("exit", () => owned.delete(child));
  return {
    child,
    output: () => printed,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Resolves when `marker` appears in the process output; rejects if it exits or the time runs out. */
export function waitForOutput(proc: OwnedProcess, marker: string | RegExp, timeoutMs: number, what: string): Promise<void> {
  const seen = () => (typeof marker === "string" ? proc.output().includes(marker) : marker.test(proc.output()));
  return new Promise((resolve, reject) => {
    if (seen()) return resolve();
    const done = (error?: Error) => {
      clearTimeout(timer);
      proc.child.stdout?.off("data", check);
      proc.child.stderr?.off("data", check);
      proc.child.off("exit", onExit);
      if (error) reject(error);
      else resolve();
    };
    const check = () => {
      if (seen()) done();
    };
    const onExit = (code: number | null) =>
      done(new Error(`${what} exited (code ${code}) before it was ready. Its output:\n${proc.output()}`));
    const timer = setTimeout(
      () => done(new Error(`${what} was not ready after ${timeoutMs} ms. Its output:\n${proc.output()}`)),
      timeoutMs,
    );
    proc.child.stdout?.on("data", check);
    proc.child.stderr?.on("data", check);
    proc.child.once("exit", onExit);
  });
}

/** A free TCP port on 127.0.0.1, chosen by the OS. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Fails with a clear message when something already listens on 127.0.0.1:port. */
export async function assertPortFree(port: number, what: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = createServer();
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          error.code === "EADDRINUSE"
            ? `Port ${port} (${what}) is already in use on 127.0.0.1. Stop what uses it, or choose another port.`
            : `Cannot listen on 127.0.0.1:${port} (${what}): ${error.message}`,
        ),
      ),
    );
    server.listen(port, "127.0.0.1", () => server.close(() => resolve()));
  });
}
