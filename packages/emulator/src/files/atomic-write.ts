import { randomBytes } from "node:crypto";
import { open, rename, rm } from "node:fs/promises";
import { dirname } from "node:path";

export interface AtomicWriteOptions {
  /**
   * Also survive a power loss, not only a crash: fsync the temp file before the rename and the
   * directory after it. Off for files that are rebuilt anyway (bundles); on for state (usage snapshots).
   */
  durable?: boolean;
}

/**
 * Writes via a temp file and a rename, so a reader (a worker starting, the next open) finds the old
 * file or the new one, never half of one. The temp file is `<path>.<pid>.<random>.tmp`, so an owner
 * can sweep ones left by a crash (`isTemporaryFileOf`); one left by a failed write is removed here.
 * The directory must exist: a write into a directory removed meanwhile fails rather than recreating it.
 */
export async function writeFileAtomically(path: string, contents: Uint8Array | string, options: AtomicWriteOptions = {}): Promise<void> {
  const temporary = temporaryPathFor(path);
  try {
    const handle = await open(temporary, "w");
    try {
      await handle.writeFile(contents);
      if (options.durable) await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  if (options.durable) await syncDirectory(dirname(path));
}

/** `<path>.<pid>.<random>.tmp`: pid and random, not a counter, as worker threads share the pid and load their own copy of this module. */
export function temporaryPathFor(path: string): string {
  return `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
}

/** Whether `name` (a directory entry beside `fileName`) is a temp file of `writeFileAtomically` for it. */
export function isTemporaryFileOf(fileName: string, name: string): boolean {
  return name.startsWith(`${fileName}.`) && name.endsWith(".tmp");
}

/** Makes the rename itself durable; some platforms cannot fsync a directory, which is then skipped. */
async function syncDirectory(directory: string): Promise<void> {
  try {
    const handle = await open(directory, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Not supported here (e.g. Windows); the rename is still atomic.
  }
}
