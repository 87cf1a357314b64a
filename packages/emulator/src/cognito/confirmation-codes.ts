import { StringDecoder } from "node:string_decoder";

/** A confirmation code cognito-local "delivered" (it only prints them to its stdout). */
export interface ConfirmationCode {
  readonly username: string;
  readonly code: string;
  readonly destination?: string;
}

export interface ConfirmationCodes {
  /** The newest code printed for `username`, if any. */
  latest(username: string): string | undefined;
  /** Every code printed since start, oldest first. */
  all(): readonly ConfirmationCode[];
}

// eslint-disable-next-line no-control-regex -- ANSI colour escapes are control characters by definition.
const ANSI_ESCAPE = /\u001b\[[0-9;]*m/g;
const DELIVERY_BOX = /Confirmation Code Delivery([\s\S]*?)╰/g;

/**
 * Reads cognito-local's output as it arrives and keeps the codes of its "Confirmation Code
 * Delivery" boxes. Output arrives in arbitrary chunks, so text is kept until a box is complete.
 */
export class ConfirmationCodeCapture implements ConfirmationCodes {
  private readonly codes: ConfirmationCode[] = [];
  private pending = "";
  private readonly listeners = new Set<(code: ConfirmationCode) => void>();
  /*
   * The box is drawn with multi-byte characters (╰ is three bytes), and a pipe's chunks split
   * wherever they like: decoding each chunk alone turned a split ╰ into two replacement characters,
   * so that box stayed open until the next one closed it, late, and the next box's code was lost.
   */
  private readonly decoder = new StringDecoder("utf8");

  /** Raw output bytes, as a pipe delivers them. */
  feedBytes(chunk: Uint8Array): void {
    this.feed(this.decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)));
  }

  feed(chunk: string): void {
    // Escapes are removed from the whole pending text: one may be split across chunks too.
    this.pending = (this.pending + chunk).replace(ANSI_ESCAPE, "");
    let consumed = 0;
    for (const match of this.pending.matchAll(DELIVERY_BOX)) {
      consumed = (match.index ?? 0) + match[0].length;
      const code = parseDeliveryBox(match[1] ?? "");
      if (!code) continue;
      this.codes.push(code);
      for (const listener of this.listeners) listener(code);
    }
    // Keep only what may still become part of a box: the tail after the last complete one.
    this.pending = this.pending.slice(consumed);
    const start = this.pending.lastIndexOf("Confirmation Code Delivery");
    this.pending = start >= 0 ? this.pending.slice(start) : this.pending.slice(-64);
  }

  /** Called for every code as it is printed (the dev stack shows them). Returns an unsubscribe. */
  onCode(listener: (code: ConfirmationCode) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  latest(username: string): string | undefined {
    for (let i = this.codes.length - 1; i >= 0; i--) if (this.codes[i]?.username === username) return this.codes[i]?.code;
    return undefined;
  }

  all(): readonly ConfirmationCode[] {
    return [...this.codes];
  }
}

function field(box: string, name: string): string | undefined {
  return new RegExp(`${name}:\\s+(\\S+)`).exec(box)?.[1];
}

function parseDeliveryBox(box: string): ConfirmationCode | undefined {
  const username = field(box, "Username");
  const code = field(box, "Code");
  if (!username || !code) return undefined;
  const destination = field(box, "Destination");
  return destination ? { username, code, destination } : { username, code };
}
