import { readdirSync, readFileSync } from "node:fs";

/**
 * CPU time of a process and of each of its threads, read from /proc (Linux): the bench measures
 * the stack and DynamoDB Local from outside, so load generators never count against them.
 * Ticks are USER_HZ (100 per second on every Linux this runs on).
 */
const TICK_MS = 10;

export interface ThreadTimes {
  tid: number;
  name: string;
  cpuMs: number;
}

/** utime + stime of one /proc stat file, in ms (fields 14 and 15, counted after the command name). */
function cpuMsOf(statPath: string): number {
  const stat = readFileSync(statPath, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

export function processCpuMs(pid: number): number {
  return cpuMsOf(`/proc/${pid}/stat`);
}

export function threadTimes(pid: number): ThreadTimes[] {
  const threads: ThreadTimes[] = [];
  for (const entry of readdirSync(`/proc/${pid}/task`)) {
    try {
      const name = readFileSync(`/proc/${pid}/task/${entry}/comm`, "utf8").trim();
      threads.push({ tid: Number(entry), name, cpuMs: cpuMsOf(`/proc/${pid}/task/${entry}/stat`) });
    } catch {
      // The thread ended while we looked.
    }
  }
  return threads;
}

/** Thread ids of a process right now. */
export function threadIds(pid: number): number[] {
  return readdirSync(`/proc/${pid}/task`).map(Number);
}
