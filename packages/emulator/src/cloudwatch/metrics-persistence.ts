import { mkdir, readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { writeFileAtomically } from "../files/atomic-write";
import { HOUR_MS } from "./metric-model";
import { MetricStore, type StoreSnapshot } from "./metric-store";

/** How often the store is pruned and its changed hours written out. */
export const DEFAULT_WRITE_INTERVAL_MS = 5_000;
/** `metrics-2026-01-05T12.json`: one file per UTC hour of data. */
const HOUR_FILE = /^metrics-(\d{4}-\d{2}-\d{2}T\d{2})\.json$/;

export const hourFileName = (hour: number) => `metrics-${new Date(hour).toISOString().slice(0, 13)}.json`;

/**
 * Keeps a store in `<dir>/metrics-<UTC hour>.json`, one file per hour, written from an unref'd timer
 * so that recording never waits on disk. Only hours that changed are rewritten, so a write costs one
 * hour of data (the current one, mostly), not the 15 days kept. Metrics are not state anyone decides
 * on: a kill loses at most the last interval, so writes are atomic (old or new file, never half)
 * but not fsynced. Files whose hour is wholly past the retention are deleted.
 */
export class MetricsPersistence {
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();
  /** A background write's failure, reported by the next `write()` or `close()` (the timer has no one to tell). */
  private backgroundError: unknown;

  private constructor(
    private readonly dir: string,
    readonly store: MetricStore,
    /** The hours that have a file in `dir`. */
    private readonly hoursOnDisk: Set<number>,
    private readonly now: () => number,
  ) {}

  /** The store saved in `dir` (created if missing), pruned to its retention, and the timer that keeps it there. */
  static async open(dir: string, options: { retentionMs?: number; writeIntervalMs?: number; now?: () => number } = {}): Promise<MetricsPersistence> {
    await mkdir(dir, { recursive: true });
    const snapshots: StoreSnapshot[] = [];
    const hoursOnDisk = new Set<number>();
    for (const name of await readdir(dir)) {
      // A temp file of writeFileAtomically (`<file>.<pid>.<random>.tmp`) left by a crash.
      if (name.startsWith("metrics-") && name.endsWith(".tmp")) await rm(join(dir, name), { force: true });
      const hour = HOUR_FILE.exec(name)?.[1];
      if (hour === undefined) continue;
      snapshots.push(await readSnapshot(join(dir, name)));
      hoursOnDisk.add(Date.parse(`${hour}:00:00Z`));
    }
    const store = MetricStore.fromSnapshots(snapshots, options.retentionMs);
    const now = options.now ?? Date.now;
    store.prune(now());
    const persistence = new MetricsPersistence(dir, store, hoursOnDisk, now);
    persistence.timer = setInterval(() => {
      persistence.write().catch((error: unknown) => {
        persistence.backgroundError = error;
      });
    }, options.writeIntervalMs ?? DEFAULT_WRITE_INTERVAL_MS);
    persistence.timer.unref();
    return persistence;
  }

  /** Prunes, writes the hours changed since the last write, deletes expired hours; rejects if this or a background write failed. */
  async write(): Promise<void> {
    this.writing = this.writing.catch(() => undefined).then(() => this.writeChangedHours());
    await this.writing;
    if (this.backgroundError !== undefined) {
      const error = this.backgroundError;
      this.backgroundError = undefined;
      throw error;
    }
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.write();
  }

  private async writeChangedHours(): Promise<void> {
    const now = this.now();
    this.store.prune(now);
    const oldestKept = now - this.store.retentionMs;
    for (const hour of [...this.hoursOnDisk]) {
      if (hour + HOUR_MS > oldestKept) continue;
      await rm(join(this.dir, hourFileName(hour)), { force: true });
      this.hoursOnDisk.delete(hour);
    }
    const hours = this.store.takeChangedHours();
    for (const [index, hour] of hours.entries()) {
      if (hour + HOUR_MS <= oldestKept) continue;
      try {
        await writeFileAtomically(join(this.dir, hourFileName(hour)), JSON.stringify(this.store.snapshot({ start: hour, end: hour + HOUR_MS })));
      } catch (error) {
        // Still to write: the next write tries these hours again.
        for (const unwritten of hours.slice(index)) this.store.changed(unwritten);
        throw error;
      }
      this.hoursOnDisk.add(hour);
    }
    this.backgroundError = undefined;
  }
}

async function readSnapshot(path: string): Promise<StoreSnapshot> {
  let saved: StoreSnapshot;
  try {
    saved = JSON.parse(await readFile(path, "utf8")) as StoreSnapshot;
  } catch (error) {
    throw new Error(`Metrics ${path} are unreadable (${(error as Error).message}); move the file away to start without them.`, { cause: error });
  }
  if (saved.version !== 1) throw new Error(`Metrics ${path} have unknown version ${String(saved.version)} (written by a newer emulator?): move the file away to start without them.`);
  return saved;
}
