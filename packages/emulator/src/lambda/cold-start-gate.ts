import { availableParallelism } from "node:os";

/**
 * Bounds how many execution environments initialise at once across the whole runtime. Lambda
 * scales out on a fleet; one laptop does not: ten cold starts of a 1 MB bundle at once on two cores
 * each take ten times longer, and all of them can miss Lambda's 10 s init limit together. With the
 * gate, starts run a core's worth at a time, each timed from its own start, and invocations that
 * find no worker wait for the first one that frees up or comes up.
 */
export class ColdStartGate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly size: number = Math.max(2, availableParallelism())) {}

  /** Runs `start` once a slot is free. */
  async run<T>(start: () => Promise<T>): Promise<T> {
    if (this.running >= this.size) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running++;
    try {
      return await start();
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }
}
