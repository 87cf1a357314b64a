import { mkdir, readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { isTemporaryFileOf, writeFileAtomically } from "../files/atomic-write";

export const STATE_FILE = "usage-state.json";

/**
 * Keeps one JSON snapshot durable in `dir`. Writes go to a temp file that is fsynced, then renamed
 * over the state file (and the directory fsynced: `writeFileAtomically`, durable), so a crash mid-write leaves either the old or
 * the new snapshot, never a torn one. Writes are coalesced: `markDirty` only arms a timer, so the
 * request path never waits on disk (the journal, not this file, is what makes each change survive
 * a kill: see usage-journal.ts).
 */
export class StateFile<T> {
  private timer: NodeJS.Timeout | undefined;
  private dirty = false;
  private writing: Promise<void> = Promise.resolve();
  private lastError: unknown;

  /**
   * Call `load` first: it prepares `dir`. `capture` runs synchronously when a write starts (the
   * store rotates its journal in it); `onDurable` runs once that snapshot's rename is on disk.
   */
  constructor(
    private readonly dir: string,
    private readonly capture: () => T,
    private readonly onDurable: (written: T) => Promise<void>,
    private readonly delayMs: number,
  ) {}

  /** Prepares `dir` (created if missing), drops temp files left by a crash, returns the saved state if any. */
  static async load(dir: string): Promise<unknown> {
    await mkdir(dir, { recursive: true });
    for (const name of await readdir(dir)) {
      if (isTemporaryFileOf(STATE_FILE, name)) await rm(join(dir, name), { force: true });
    }
    const path = join(dir, STATE_FILE);
    let saved: unknown;
    try {
      saved = JSON.parse(await readFile(path, "utf8"));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") {
        throw new Error(`Usage state ${path} is unreadable (${(error as Error).message}); move it away to start empty.`, {
          cause: error,
        });
      }
    }
    return saved;
  }

  markDirty(): void {
    this.dirty = true;
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.queueWrite();
    }, this.delayMs);
    this.timer.unref();
  }

  /** Writes pending changes now; rejects if this or an earlier background write failed. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.queueWrite();
    if (this.lastError) {
      const error = this.lastError;
      this.lastError = undefined;
      throw error;
    }
  }

  private queueWrite(): Promise<void> {
    this.writing = this.writing.then(() => this.writeIfDirty());
    return this.writing;
  }

  private async writeIfDirty(): Promise<void> {
    if (!this.dirty) return;
    this.dirty = false;
    try {
      const state = this.capture();
      await writeFileAtomically(join(this.dir, STATE_FILE), JSON.stringify(state), { durable: true });
      await this.onDurable(state);
      // Everything is on disk now: an earlier failed write no longer matters.
      this.lastError = undefined;
    } catch (error) {
      this.dirty = true;
      this.lastError = error;
    }
  }
}
