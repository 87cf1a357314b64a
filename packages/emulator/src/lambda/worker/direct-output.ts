import { writeSync } from "node:fs";

/**
 * A worker thread's process.stdout and process.stderr normally forward every write to the main
 * thread (a message, a wake-up of the main thread, a second write there). Function logs run at a
 * line or two per invocation (Powertools writes through its own Console on these streams, EMF
 * metrics as well), so under load that hop costs as much as the log itself. Here each write goes
 * straight to file descriptor 1 or 2 of the process: one write(2) per line, nothing for the main
 * thread to do. A line is one write, so lines of concurrent workers never mix (pipes keep writes up
 * to 4 KB whole). Where the descriptor cannot take a synchronous write now (EAGAIN: a non-blocking
 * terminal or a full pipe), the write goes the forwarded way instead, so nothing is lost.
 */
export function writeOutputDirectly(): void {
  redirect(process.stdout, 1);
  redirect(process.stderr, 2);
}

type WriteCallback = (error?: Error | null) => void;

function redirect(stream: NodeJS.WriteStream, fd: number): void {
  const forwarded = stream.write.bind(stream) as (chunk: unknown, encoding?: unknown, callback?: unknown) => boolean;
  stream.write = ((chunk: string | Uint8Array, encoding?: BufferEncoding | WriteCallback, callback?: WriteCallback): boolean => {
    const done = typeof encoding === "function" ? encoding : callback;
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8") : chunk;
    let written = 0;
    try {
      while (written < bytes.length) written += writeSync(fd, bytes, written);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
      return forwarded(bytes.subarray(written), done);
    }
    if (done) process.nextTick(done);
    return true;
  }) as typeof stream.write;
}
