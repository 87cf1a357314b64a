/** Whether a process with this id still exists (signal 0 only asks; nothing is sent). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
