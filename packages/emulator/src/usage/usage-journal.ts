import { closeSync, openSync, writeSync } from "node:fs";
import { readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { encodeRecord, parseRecord, type JournalRecord } from "./journal-records";

const PREFIX = "usage-journal.";
const NAME = /^usage-journal\.(\d+)\.jsonl$/;
const fileName = (generation: number) => `${PREFIX}${generation}.jsonl`;

/**
 * The write-ahead journal of the usage state: every change is appended, one line per record, before
 * it is applied, with a synchronous write on a descriptor kept open. No fsync per record: a killed
 * process keeps what the OS already has; a power loss may lose the last instants.
 *
 * Generations: a snapshot rotates the journal (`rotate`, synchronous, in the same step as the
 * snapshot is captured) and records the generation it starts; older files are deleted
 * (`deleteBelow`) only once that snapshot is durable. So a crash at any point leaves a snapshot
 * plus every generation from the one it names, which `open` replays.
 */
export class UsageJournal {
  /** Generations on disk that are no longer appended to, awaiting a durable snapshot to be deleted. */
  private readonly retired: number[] = [];

  private constructor(
    private readonly dir: string,
    private generation: number,
    private fd: number,
  ) {}

  /**
   * Replays, in order, every record of generations ≥ `fromGeneration` (the snapshot's), deletes the
   * older ones (a crash came between a snapshot's rename and their deletion), and opens a new
   * generation for this process. A torn last line (a kill mid-write) is skipped.
   */
  static async open(dir: string, fromGeneration: number, apply: (record: JournalRecord) => void): Promise<{ journal: UsageJournal; replayed: number; generations: number }> {
    const generations = await listGenerations(dir);
    await Promise.all(generations.filter((g) => g < fromGeneration).map((g) => rm(join(dir, fileName(g)), { force: true })));
    const live = generations.filter((g) => g >= fromGeneration);
    let replayed = 0;
    let expected = fromGeneration;
    for (const generation of live) {
      const path = join(dir, fileName(generation));
      if (generation !== expected) {
        throw new Error(
          `Usage journal ${join(dir, fileName(expected))} is missing (${path} follows it): the changes it held are gone. ` +
            `Restore it, or move ${dir} away to start empty.`,
        );
      }
      replayed += replayFile(dir, path, await readFile(path, "utf8"), apply);
      expected = generation + 1;
    }
    const journal = new UsageJournal(dir, expected, openGeneration(dir, expected));
    journal.retired.push(...live);
    return { journal, replayed, generations: live.length };
  }

  append(record: JournalRecord): void {
    if (this.fd < 0) throw new Error(`Usage journal in ${this.dir} is closed`);
    writeSync(this.fd, encodeRecord(record));
  }

  /** Starts the next generation and returns its number; what was appended before is in the previous one. */
  rotate(): number {
    const next = this.generation + 1;
    const fd = openGeneration(this.dir, next);
    closeSync(this.fd);
    this.retired.push(this.generation);
    this.fd = fd;
    this.generation = next;
    return next;
  }

  /** Deletes the generations a durable snapshot covers. */
  async deleteBelow(generation: number): Promise<void> {
    const covered = this.retired.filter((g) => g < generation);
    await Promise.all(covered.map((g) => rm(join(this.dir, fileName(g)), { force: true })));
    this.retired.splice(0, this.retired.length, ...this.retired.filter((g) => g >= generation));
  }

  close(): void {
    if (this.fd < 0) return;
    closeSync(this.fd);
    // Never written through again: a reused descriptor number must not receive our records.
    this.fd = -1;
  }
}

async function listGenerations(dir: string): Promise<number[]> {
  const generations: number[] = [];
  for (const name of await readdir(dir)) {
    if (!name.startsWith(PREFIX)) continue;
    const match = NAME.exec(name);
    if (!match) throw new Error(`${join(dir, name)} is not a usage journal this emulator writes (usage-journal.<n>.jsonl): move it out of ${dir}.`);
    generations.push(Number(match[1]));
  }
  return generations.sort((a, b) => a - b);
}

/** Exclusive create: a generation is written by one process, once; finding it already there is an error, not an append. */
function openGeneration(dir: string, generation: number): number {
  return openSync(join(dir, fileName(generation)), "ax");
}

function replayFile(dir: string, path: string, text: string, apply: (record: JournalRecord) => void): number {
  const lines = text.split("\n");
  // The text after the last newline is a record whose write was cut short by a kill: never acknowledged, skipped.
  lines.pop();
  lines.forEach((line, index) => {
    try {
      apply(parseRecord(line));
    } catch (error) {
      throw new Error(
        `Usage journal ${path} line ${index + 1} cannot be replayed (${(error as Error).message}). ` +
          `Truncate the file before that line to keep the changes before it, or move ${dir} away to start empty.`,
        { cause: error },
      );
    }
  });
  return lines.length;
}
