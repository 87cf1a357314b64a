import { cpus } from "node:os";

/** How long one reading of the host's idle CPU is reused: reading it costs a /proc/stat parse. */
const SAMPLE_MS = 50;

/**
 * The share of the host's CPU time that went idle lately (0 … 1), over every core, whoever used
 * the rest: other processes count, since they compete for the same cores. The pool asks it only on
 * a stall past one worker per core, and a reading stays valid for SAMPLE_MS.
 */
export class HostCpuGauge {
  private last = totals();
  private lastAt = performance.now();
  private idle = 1;

  idleShare(now = performance.now()): number {
    if (now - this.lastAt < SAMPLE_MS) return this.idle;
    const current = totals();
    const busy = current.busy - this.last.busy;
    const idle = current.idle - this.last.idle;
    if (busy + idle > 0) this.idle = idle / (busy + idle);
    this.last = current;
    this.lastAt = now;
    return this.idle;
  }
}

function totals(): { busy: number; idle: number } {
  let busy = 0;
  let idle = 0;
  for (const { times } of cpus()) {
    busy += times.user + times.nice + times.sys + times.irq;
    idle += times.idle;
  }
  return { busy, idle };
}
