/**
 * One timer for many deadlines: `arm(at)` makes sure `check` runs no later than `at` (epoch ms),
 * keeping a single timer set for the earliest deadline asked for. `check` re-arms what is left.
 */
export class DeadlineTimer {
  private timer: NodeJS.Timeout | undefined;
  private at = Infinity;

  constructor(private readonly check: () => void) {}

  arm(at: number): void {
    if (this.timer && this.at <= at) return;
    clearTimeout(this.timer);
    this.at = at;
    this.timer = setTimeout(this.fire, Math.max(0, at - Date.now()));
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.at = Infinity;
  }

  private readonly fire = (): void => {
    this.timer = undefined;
    this.at = Infinity;
    this.check();
  };
}
