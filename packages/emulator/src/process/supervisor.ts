import type { OwnedProcess } from "./child-process";

/** How a supervised process ended: its exit code, or the signal that ended it. */
export interface ProcessExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

export type SupervisorEvent =
  | { kind: "exited"; what: string; exit: ProcessExit; attempt: number; maxAttempts: number; delayMs: number }
  | { kind: "restart-failed"; what: string; error: Error; attempt: number; maxAttempts: number; delayMs: number }
  | { kind: "restarted"; what: string; downMs: number }
  | { kind: "gave-up"; what: string; attempts: number; exit?: ProcessExit; lastError?: Error };

export interface RestartPolicy {
  /** Wait before each restart attempt; its length is how many attempts are made before giving up. */
  delaysMs?: readonly number[];
  /** Up this long again and a later exit starts counting attempts from the first delay. */
  healthyAfterMs?: number;
  /** Told each exit, restart and give-up (the stack prints them as one line each). */
  onEvent?: (event: SupervisorEvent) => void;
}

export const DEFAULT_RESTART_DELAYS_MS = [250, 1_000, 2_000, 4_000, 8_000] as const;
const DEFAULT_HEALTHY_AFTER_MS = 30_000;

export interface Supervised {
  /** The process now running (a new one after each restart). */
  current(): OwnedProcess;
  /** Stops supervising and the process; no restart follows. */
  stop(): Promise<void>;
}

/**
 * Keeps a child process up: when it exits unasked, it is launched again by `launch` (same port,
 * same data: that is the launcher's job) after a growing delay, and after the last delay it is left
 * down with a `gave-up` event. `launch` resolves once the new process is ready to serve.
 */
export function supervise(what: string, first: OwnedProcess, launch: () => Promise<OwnedProcess>, policy: RestartPolicy = {}): Supervised {
  const delays = policy.delaysMs ?? DEFAULT_RESTART_DELAYS_MS;
  const healthyAfterMs = policy.healthyAfterMs ?? DEFAULT_HEALTHY_AFTER_MS;
  const report = policy.onEvent ?? (() => {});
  let proc = first;
  let upSince = Date.now();
  let attempt = 0;
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  let restarting: Promise<void> | undefined;

  const watch = (watched: OwnedProcess) => {
    watched.child.once("exit", (code, signal) => {
      if (stopping || watched !== proc) return;
      if (Date.now() - upSince >= healthyAfterMs) attempt = 0;
      const exit = { code, signal };
      scheduleRestart(Date.now(), (delayMs) => report({ kind: "exited", what, exit, attempt, maxAttempts: delays.length, delayMs }), { exit });
    });
  };

  const scheduleRestart = (downSince: number, announce: (delayMs: number) => void, cause: { exit?: ProcessExit; lastError?: Error }) => {
    const delayMs = delays[attempt];
    if (delayMs === undefined) {
      report({ kind: "gave-up", what, attempts: attempt, ...cause });
      return;
    }
    attempt += 1;
    announce(delayMs);
    timer = setTimeout(() => {
      timer = undefined;
      restarting = restartOnce(downSince).finally(() => (restarting = undefined));
    }, delayMs);
  };

  const restartOnce = async (downSince: number) => {
    try {
      const next = await launch();
      if (stopping) return void (await next.stop());
      proc = next;
      upSince = Date.now();
      watch(next);
      report({ kind: "restarted", what, downMs: Date.now() - downSince });
    } catch (error) {
      if (stopping) return;
      const failure = error instanceof Error ? error : new Error(String(error));
      scheduleRestart(
        downSince,
        (delayMs) => report({ kind: "restart-failed", what, error: failure, attempt, maxAttempts: delays.length, delayMs }),
        { lastError: failure },
      );
    }
  };

  watch(first);
  return {
    current: () => proc,
    async stop() {
      stopping = true;
      if (timer) clearTimeout(timer);
      await restarting;
      await proc.stop();
    },
  };
}

/** One line a person reads: what happened, and what happens next. */
export function describeSupervisorEvent(event: SupervisorEvent, where: string): string {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 1000 ? 2 : 1)} s`;
  switch (event.kind) {
    case "exited":
      return `✗ ${event.what} ${howItEnded(event.exit)}; restarting it on ${where} with the same data in ${seconds(event.delayMs)} (attempt ${event.attempt} of ${event.maxAttempts}). Requests that need it answer 503 meanwhile.`;
    case "restart-failed":
      return `✗ ${event.what} did not come back (${firstLine(event.error.message)}); trying again in ${seconds(event.delayMs)} (attempt ${event.attempt} of ${event.maxAttempts}).`;
    case "restarted":
      return `✓ ${event.what} is back on ${where} (down ${seconds(event.downMs)}).`;
    case "gave-up":
      return `✗ ${event.what} ${event.exit ? `${howItEnded(event.exit)} and ` : ""}could not be kept up after ${event.attempts} restarts${event.lastError ? ` (${firstLine(event.lastError.message)})` : ""}; giving up. Requests that need it answer 503 until the stack is restarted (Ctrl-C, then npm start).`;
  }
}

function howItEnded(exit: ProcessExit): string {
  return exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
}

function firstLine(text: string): string {
  return text.split("\n", 1)[0] ?? text;
}
