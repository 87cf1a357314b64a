import { appendFile, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { JournalRecord } from "./journal-records";
import { UsageJournal } from "./usage-journal";

const admit = (n: number): JournalRecord => ["admit", "plan01", "key0000001", n];

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "linkgate-journal-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Opens the journal from `fromGeneration` and returns what it replayed, then closes it (as a restart would). */
async function replay(fromGeneration = 0): Promise<JournalRecord[]> {
  const records: JournalRecord[] = [];
  const { journal } = await UsageJournal.open(dir, fromGeneration, (record) => records.push(record));
  journal.close();
  return records;
}

const journalFiles = async () => (await readdir(dir)).filter((name) => name.startsWith("usage-journal.")).sort();

describe("UsageJournal", () => {
  it("replays what was appended, in order, after the process is gone", async () => {
    const { journal } = await UsageJournal.open(dir, 0, () => undefined);
    const grant: JournalRecord = ["setGrant", "plan01", "key0000001", 1_764_547_200_000, -3];
    [admit(1), grant, admit(2)].forEach((record) => journal.append(record));
    // No close: what a SIGKILL leaves is what the OS already has.
    expect(await replay()).toEqual([admit(1), grant, admit(2)]);
  });

  it("starts a new generation on rotate; replay from a snapshot's generation skips and deletes the older ones", async () => {
    const { journal } = await UsageJournal.open(dir, 0, () => undefined);
    journal.append(admit(1));
    const generation = journal.rotate();
    journal.append(admit(2));
    journal.close();
    expect(generation).toBe(1);
    // Snapshot at 1 durable, crash before the old generation was deleted: replay skips it and deletes it.
    expect(await replay(generation)).toEqual([admit(2)]);
    expect(await journalFiles()).toEqual(["usage-journal.1.jsonl", "usage-journal.2.jsonl"]);
  });

  it("replays both generations when the crash came between rotate and the snapshot's rename", async () => {
    const { journal } = await UsageJournal.open(dir, 0, () => undefined);
    journal.append(admit(1));
    journal.rotate();
    journal.append(admit(2));
    // The snapshot naming generation 1 never reached the disk: the old snapshot (generation 0) is what restarts.
    expect(await replay(0)).toEqual([admit(1), admit(2)]);
  });

  it("deletes covered generations only when told a snapshot is durable", async () => {
    const { journal } = await UsageJournal.open(dir, 0, () => undefined);
    journal.append(admit(1));
    const generation = journal.rotate();
    expect(await journalFiles()).toEqual(["usage-journal.0.jsonl", "usage-journal.1.jsonl"]);
    await journal.deleteBelow(generation);
    expect(await journalFiles()).toEqual(["usage-journal.1.jsonl"]);
    journal.close();
  });

  it("skips a torn last line (a kill mid-write), in the newest generation and in older ones", async () => {
    const first = await UsageJournal.open(dir, 0, () => undefined);
    first.journal.append(admit(1));
    first.journal.close();
    await appendFile(join(dir, "usage-journal.0.jsonl"), '["admit","plan01","key00');
    const second = await UsageJournal.open(dir, 0, () => undefined);
    second.journal.append(admit(2));
    second.journal.close();
    await appendFile(join(dir, "usage-journal.1.jsonl"), JSON.stringify(admit(3))); // whole record, newline never written
    expect(await replay()).toEqual([admit(1), admit(2)]);
  });

  it.each([
    ["a line that is not JSON", '["admit","plan01"\n', /not valid JSON|Unexpected|Expected/],
    ["an unknown op", '["teleport","plan01"]\n', /unknown op "teleport"/],
    ["a malformed record", '["admit","plan01","key0000001","today"]\n', /malformed "admit" record/],
  ])("refuses %s before the end, naming the file, the line and what to do", async (_, bad, reason) => {
    await writeFile(join(dir, "usage-journal.0.jsonl"), `${JSON.stringify(admit(1))}\n${bad}${JSON.stringify(admit(2))}\n`);
    const failure = replay().then(() => "replayed", (error: Error) => error.message);
    await expect(failure).resolves.toMatch(new RegExp(`usage-journal\\.0\\.jsonl line 2 cannot be replayed`));
    await expect(failure).resolves.toMatch(reason);
    await expect(failure).resolves.toMatch(/Truncate the file before that line .* or move .* away to start empty/);
  });

  it("refuses a file it does not know under its name, naming it", async () => {
    await writeFile(join(dir, "usage-journal.old.jsonl"), "");
    await expect(replay()).rejects.toThrow(/usage-journal\.old\.jsonl is not a usage journal this emulator writes .*move it out/);
  });

  it("refuses a missing generation instead of replaying around the hole", async () => {
    await writeFile(join(dir, "usage-journal.0.jsonl"), `${JSON.stringify(admit(1))}\n`);
    await writeFile(join(dir, "usage-journal.2.jsonl"), `${JSON.stringify(admit(2))}\n`);
    await expect(replay()).rejects.toThrow(/usage-journal\.1\.jsonl is missing .*usage-journal\.2\.jsonl follows it/);
  });

  it("refuses journals that start after the snapshot's generation (the snapshot was removed)", async () => {
    await writeFile(join(dir, "usage-journal.4.jsonl"), `${JSON.stringify(admit(1))}\n`);
    await expect(replay(0)).rejects.toThrow(/usage-journal\.0\.jsonl is missing/);
  });

  it("refuses appends once closed", async () => {
    const { journal } = await UsageJournal.open(dir, 0, () => undefined);
    journal.close();
    expect(() => journal.append(admit(1))).toThrow(/closed/);
  });
});
