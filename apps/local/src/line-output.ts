/**
 * Lines for stdout, written once per turn of the event loop: `npm start` prints an access-log line
 * per request, and under load a write(2) per line costs the main thread more than building the
 * line did. Lines keep their order among themselves; anything pending is written before the
 * process exits.
 */
export function batchedLineWriter(write: (text: string) => void = (text) => void process.stdout.write(text)): (line: string) => void {
  let pending: string[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (pending.length === 0) return;
    const text = `${pending.join("\n")}\n`;
    pending = [];
    write(text);
  };
  process.on("exit", flush);
  return (line) => {
    pending.push(line);
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  };
}
