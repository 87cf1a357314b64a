import { mkdir, readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { isTemporaryFileOf, writeFileAtomically } from "../files/atomic-write";
import { MetricStore, type StoreSnapshot } from "./metric-store";

export const METRICS_FILE = "metrics.json";
/** How often the store is pruned and, if it changed, written out. */
export const DEFAULT_WRITE_INTERVAL_MS = 5_000;

/**
 * Keeps a store's snapshot in `<dir>/metrics.json`, written from an unref'd timer so that recording
 * never waits on disk. Metrics are not state anyone decides on: a kill loses at most the last
 * interval, so the write is atomic (old or new file, never half) but not fsynced.
 */
export class MetricsPersistence {
  private timer: NodeJS.Timeout | undefined;
  private writtenChanges = -1;
  private writing: Promise<void> = Promise.resolve();
  /** A background write's failure, reported by the next `write()` or `close()` (the timer has no one to tell). */
  private backgroundError: unknown;

  private constructor(
    private readonly dir: string,
    readonly store: MetricStore,
    private readonly now: () => number,
  ) {}

  /** The store saved in `dir` (created if missing), pruned to its retention, and the timer that keeps it there. */
  static async open(dir: string, options: { retentionMs?: number; writeIntervalMs?: number; now?: () => number } = {}): Promise<MetricsPersistence> {
    await mkdir(dir, { recursive: true });
    for (const name of await readdir(dir)) {
      if (isTemporaryFileOf(METRICS_FILE, name)) await rm(join(dir, name), { force: true });
    }
    const saved = await readSnapshot(join(dir, METRICS_FILE));
    const store = saved ? MetricStore.fromSnapshot(saved, options.retentionMs) : new MetricStore(options.retentionMs);
    const now = options.now ?? Date.now;
    store.prune(now());
    const persistence = new MetricsPersistence(dir, store, now);
    persistence.writtenChanges = store.changes;
    persistence.timer = setInterval(() => {
      persistence.write().catch((error: unknown) => {
        persistence.backgroundError = error;
      });
    }, options.writeIntervalMs ?? DEFAULT_WRITE_INTERVAL_MS);
    persistence.timer.unref();
    return persistence;
  }

  /** Prunes, then writes the snapshot if anything changed since the last write; rejects if this or a background write failed. */
  async write(): Promise<void> {
    this.writing = this.writing.catch(() => undefined).then(async () => {
      this.store.prune(this.now());
      const changes = this.store.changes;
      if (changes === this.writtenChanges) return;
      await writeFileAtomically(join(this.dir, METRICS_FILE), JSON.stringify(this.store.snapshot()));
      this.writtenChanges = changes;
      this.backgroundError = undefined;
    });
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
}

async function readSnapshot(path: string): Promise<StoreSnapshot | undefined> {
  let saved: StoreSnapshot;
  try {
    saved = JSON.parse(await readFile(path, "utf8")) as StoreSnapshot;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new Error(`Metrics ${path} are unreadable (${(error as Error).message}); move the file away to start empty.`, { cause: error });
  }
  if (saved.version !== 1) throw new Error(`Metrics ${path} have unknown version ${String(saved.version)} (written by a newer emulator?): move the file away to start empty.`);
  return saved;
}
