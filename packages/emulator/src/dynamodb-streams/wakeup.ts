/** Sleeps the poll loops share: `wakeAll` (drain) cuts every sleep short, `close` ends them for good. */
export class Wakeup {
  private readonly sleepers = new Set<() => void>();
  private closed = false;

  get isClosed(): boolean {
    return this.closed;
  }

  sleep(ms: number): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.sleepers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, Math.max(0, ms));
      this.sleepers.add(done);
    });
  }

  wakeAll(): void {
    for (const wake of [...this.sleepers]) wake();
  }

  close(): void {
    this.closed = true;
    this.wakeAll();
  }
}
