import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { epochDay } from "@linkgate/utc-calendar";
import { UsagePlanStore } from "../../src/usage";

const CHILD = fileURLToPath(new URL("../fixtures/usage/admit-until-killed.ts", import.meta.url));
/** Acknowledged admits after which the child is killed: enough for many snapshots to have run meanwhile. */
const KILL_AFTER = 100_000;
const NOW = Date.parse("2026-11-24T12:00:00Z");

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "linkgate-usage-kill-"));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

/** Runs the child until it has acknowledged KILL_AFTER admits, SIGKILLs it, and returns the last count it printed. */
async function admitUntilKilled(snapshotDelayMs: number): Promise<{ planId: string; keyId: string; acknowledged: number }> {
  const child = spawn(process.execPath, ["--import", "tsx", CHILD, dataDir, String(snapshotDelayMs), String(NOW)], { stdio: ["ignore", "pipe", "inherit"] });
  let planId = "";
  let keyId = "";
  let acknowledged = 0;
  let pending = "";
  child.stdout.setEncoding("utf8");
  child.stdout.on("data", (chunk: string) => {
    const lines = (pending + chunk).split("\n");
    pending = lines.pop()!;
    for (const line of lines) {
      const [word, a, b] = line.split(" ");
      if (word === "ready") [planId, keyId] = [a!, b!];
      if (word === "admitted") acknowledged = Number(a);
    }
    if (acknowledged >= KILL_AFTER) child.kill("SIGKILL");
  });
  const [code, signal] = (await once(child, "close")) as [number | null, string | null];
  expect({ code, signal }).toEqual({ code: null, signal: "SIGKILL" });
  return { planId, keyId, acknowledged };
}

describe("usage counted before a SIGKILL", () => {
  // 100 ms: the default cadence's order of magnitude; 1 ms: snapshots (and journal rotations) back to back, so the kill lands in one.
  it.each([100, 1])("is all there after a restart (snapshots every %i ms)", async (snapshotDelayMs) => {
    const { planId, keyId, acknowledged } = await admitUntilKilled(snapshotDelayMs);
    expect(acknowledged).toBeGreaterThanOrEqual(KILL_AFTER);

    const reopened = await UsagePlanStore.open({ dataDir });
    try {
      const day = epochDay(NOW);
      const [usage] = reopened.getUsage(planId, { startDay: day, endDay: day });
      const used = usage!.days[0]![0];
      // Nothing acknowledged is lost. (More may be counted than was acknowledged: on a loaded machine
      // the child's writes to a full pipe queue inside it, and the kill drops what was queued.)
      expect({ keyId: usage!.keyId, lost: Math.max(0, acknowledged - used) }).toEqual({ keyId, lost: 0 });
    } finally {
      await reopened.close();
    }
  });
});
