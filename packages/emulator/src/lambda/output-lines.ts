/** Bytes of `"_aws"`: every EMF line has this key, and a chunk without it holds no EMF line. */
const EMF_MARKER = Buffer.from('"_aws"');
const NEWLINE = 0x0a;

/**
 * Finds the EMF lines in a worker's stdout, chunk by chunk, without decoding or splitting the rest:
 * a chunk with no `"_aws"` and no partial line held over costs one native search. Lines may span
 * chunks, so an unfinished last line is kept until its newline comes.
 */
export class EmfLineScanner {
  private pending: Buffer | undefined;

  constructor(private readonly onLine: (line: string) => void) {}

  push(chunk: Buffer): void {
    const endsLine = chunk.length > 0 && chunk[chunk.length - 1] === NEWLINE;
    if (!this.pending && endsLine && chunk.indexOf(EMF_MARKER) === -1) return;
    const text = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
    const lastNewline = text.lastIndexOf(NEWLINE);
    this.pending = lastNewline === text.length - 1 ? undefined : text.subarray(lastNewline + 1);
    if (lastNewline === -1) return;
    for (const line of text.subarray(0, lastNewline).toString("utf8").split("\n")) {
      if (line.includes('"_aws"')) this.onLine(line);
    }
  }
}
