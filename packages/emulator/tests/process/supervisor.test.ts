import { spawn } from "node:child_process";
import { once } from "node:events";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { spawnOwned, waitForOutput, type OwnedProcess } from "../../src/process/child-process";
import { describeSupervisorEvent, supervise, type Supervised, type SupervisorEvent } from "../../src/process/supervisor";
import { isProcessAlive as alive } from "../../src/testing/process-alive";

const SERVER = "console.log('ready'); setInterval(() => {}, 1000)";

async function launchServer(): Promise<OwnedProcess> {
  const proc = spawnOwned(process.execPath, ["-e", SERVER]);
  await waitForOutput(proc, "ready", 20_000, "test server");
  return proc;
}

/** Resolves with the events seen once `done` says so. */
function collectEvents(until: (events: SupervisorEvent[]) => boolean) {
  const events: SupervisorEvent[] = [];
  let resolve: (events: SupervisorEvent[]) => void = () => {};
  const finished = new Promise<SupervisorEvent[]>((r) => (resolve = r));
  return {
    onEvent: (event: SupervisorEvent) => {
      events.push(event);
      if (until(events)) resolve(events);
    },
    finished,
  };
}


describe("supervise", () => {
  let supervised: Supervised | undefined;
  afterEach(async () => {
    await supervised?.stop();
    supervised = undefined;
  });

  it("restarts a process killed by SIGKILL, telling what died, how, and what happens next", async () => {
    const first = await launchServer();
    const events = collectEvents((seen) => seen.some((e) => e.kind === "restarted"));
    supervised = supervise("Test server", first, launchServer, { delaysMs: [10, 10], onEvent: events.onEvent });

    process.kill(first.child.pid!, "SIGKILL");
    const seen = await events.finished;

    expect(seen.map((e) => e.kind)).toEqual(["exited", "restarted"]);
    expect(seen[0]).toMatchObject({ what: "Test server", exit: { code: null, signal: "SIGKILL" }, attempt: 1, maxAttempts: 2 });
    expect(describeSupervisorEvent(seen[0]!, "127.0.0.1:1234")).toMatch(/^✗ Test server was killed by SIGKILL; restarting it on 127\.0\.0\.1:1234 .*attempt 1 of 2/);
    const next = supervised.current();
    expect(next).not.toBe(first);
    expect(alive(next.child.pid!)).toBe(true);
  });

  it("gives up after its last delay when the process will not come back, and says so", async () => {
    const first = await launchServer();
    const events = collectEvents((seen) => seen.some((e) => e.kind === "gave-up"));
    const failingLaunch = () => Promise.reject(new Error("port 1234 is already in use"));
    supervised = supervise("Test server", first, failingLaunch, { delaysMs: [5, 5, 5], onEvent: events.onEvent });

    first.child.kill("SIGTERM");
    const seen = await events.finished;

    expect(seen.map((e) => e.kind)).toEqual(["exited", "restart-failed", "restart-failed", "gave-up"]);
    const gaveUp = seen.at(-1)!;
    expect(gaveUp).toMatchObject({ attempts: 3 });
    expect(describeSupervisorEvent(gaveUp, "127.0.0.1:1234")).toMatch(/could not be kept up after 3 restarts \(port 1234 is already in use\); giving up/);
  });

  it("counts attempts again from the first once the process stayed up", async () => {
    const first = await launchServer();
    const events = collectEvents((seen) => seen.filter((e) => e.kind === "restarted").length === 2);
    supervised = supervise("Test server", first, launchServer, { delaysMs: [5], healthyAfterMs: 0, onEvent: events.onEvent });

    process.kill(first.child.pid!, "SIGKILL");
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (supervised!.current() !== first) resolve(clearInterval(poll));
      }, 5);
    });
    process.kill(supervised.current().child.pid!, "SIGKILL");
    const seen = await events.finished;

    expect(seen.map((e) => e.kind)).toEqual(["exited", "restarted", "exited", "restarted"]);
  });

  it("does not restart what it was asked to stop", async () => {
    const first = await launchServer();
    const seen: SupervisorEvent[] = [];
    const running = supervise("Test server", first, launchServer, { delaysMs: [1], onEvent: (e) => seen.push(e) });

    await running.stop();
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(first.child.exitCode !== null || first.child.signalCode !== null).toBe(true);
    expect(seen).toEqual([]);
  });
});

describe("a child spawned with a lifeline", () => {
  it("exits when the process that spawned it is killed by SIGKILL", async () => {
    const preload = pathToFileURL(new URL("../../src/process/exit-with-parent.mjs", import.meta.url).pathname).href;
    const fixture = new URL("../fixtures/process/stack-with-lifeline.mjs", import.meta.url).pathname;
    const parent = spawn(process.execPath, [fixture, preload], { stdio: ["ignore", "pipe", "inherit"] });
    const [line] = (await once(parent.stdout!, "data")) as [Buffer];
    const { childPid } = JSON.parse(line.toString("utf8")) as { childPid: number };
    expect(alive(childPid)).toBe(true);

    parent.kill("SIGKILL");
    await once(parent, "exit");

    // Bounded: the child reads end-of-file at once; 10 s is only a guard for a loaded machine.
    for (let waited = 0; alive(childPid) && waited < 10_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(alive(childPid)).toBe(false);
  });
});
