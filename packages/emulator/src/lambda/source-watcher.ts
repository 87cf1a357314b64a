import { watch, type FSWatcher } from "node:fs";
import { dirname, join, sep } from "node:path";

/** Changes closer together than this are one edit (editors often write a file in several steps). */
const SETTLE_MS = 25;

/**
 * Dev mode: watches the files each function's bundle was built from (esbuild's metafile inputs) and
 * reports which functions changed. Watches directories rather than files, because editors that save
 * by rename replace the file a per-file watch would follow. Dependencies under node_modules are not
 * watched: reinstalling packages needs a restart, as with `sst dev`.
 */
export class SourceWatcher {
  private readonly functionsByFile = new Map<string, Set<string>>();
  private readonly directories = new Map<string, FSWatcher>();
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly onChange: (functionName: string) => void) {}

  /** Replaces the files tracked for one function. */
  track(functionName: string, files: string[]): void {
    for (const names of this.functionsByFile.values()) names.delete(functionName);
    for (const file of files) {
      if (file.split(sep).includes("node_modules")) continue;
      let names = this.functionsByFile.get(file);
      if (!names) this.functionsByFile.set(file, (names = new Set()));
      names.add(functionName);
      this.watchDirectory(dirname(file));
    }
  }

  close(): void {
    for (const watcher of this.directories.values()) watcher.close();
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.directories.clear();
    this.timers.clear();
  }

  private watchDirectory(directory: string): void {
    if (this.directories.has(directory)) return;
    try {
      const watcher = watch(directory, { persistent: false }, (_event, filename) => {
        if (filename) this.changed(join(directory, filename.toString()));
      });
      watcher.on("error", () => this.directories.delete(directory));
      this.directories.set(directory, watcher);
    } catch {
      // The directory vanished; a later build will track whatever replaced it.
    }
  }

  private changed(file: string): void {
    for (const name of this.functionsByFile.get(file) ?? []) {
      clearTimeout(this.timers.get(name));
      this.timers.set(
        name,
        setTimeout(() => {
          this.timers.delete(name);
          this.onChange(name);
        }, SETTLE_MS),
      );
    }
  }
}
