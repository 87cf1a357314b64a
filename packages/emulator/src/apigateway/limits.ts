import type { IncomingMessage } from "node:http";

/** API Gateway REST limits (limits page): 10 MB payload, 10,240 bytes of request line + headers. */
export const MAX_PAYLOAD_BYTES = 10_485_760;
export const MAX_HEADER_BYTES = 10_240;

/**
 * Size the limit applies to. Reading: "total combined size of request line and header values" —
 * we count the request line plus every header's name and value.
 */
export function headerBytes(request: IncomingMessage): number {
  let total = Buffer.byteLength(`${request.method ?? ""} ${request.url ?? ""} HTTP/${request.httpVersion}`);
  for (const part of request.rawHeaders) total += Buffer.byteLength(part);
  return total;
}

/**
 * `headerBytes(request) > limit`, decided from string lengths alone for all but near-limit requests:
 * UTF-8 takes at most 3 bytes per UTF-16 code unit, so 3 × the length bounds the byte count.
 */
export function headersOverLimit(request: IncomingMessage, limit = MAX_HEADER_BYTES): boolean {
  // `${method} ${url} HTTP/${httpVersion}`
  let length = (request.method ?? "").length + 1 + (request.url ?? "").length + 6 + request.httpVersion.length;
  for (const part of request.rawHeaders) length += part.length;
  return 3 * length > limit && headerBytes(request) > limit;
}

export type BodyResult = { ok: true; body: Buffer } | { ok: false; reason: "too-large" | "aborted" };

/**
 * Reads the body up to the limit. A declared Content-Length over it is refused before reading a
 * byte; a chunked body stops being read as soon as it goes over (never buffered unbounded).
 */
export function readBody(request: IncomingMessage, limit = MAX_PAYLOAD_BYTES): Promise<BodyResult> {
  const declared = Number(request.headers["content-length"] ?? 0);
  if (declared > limit) return Promise.resolve({ ok: false, reason: "too-large" });
  if (request.headers["content-length"] === "0" || (declared === 0 && request.headers["transfer-encoding"] === undefined)) {
    return Promise.resolve({ ok: true, body: EMPTY });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.off("data", onData);
        request.pause();
        resolve({ ok: false, reason: "too-large" });
        return;
      }
      chunks.push(chunk);
    };
    request.on("data", onData);
    request.once("end", () => resolve({ ok: true, body: chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size) }));
    // A client that goes away mid-body errors ("aborted") and closes without `end`: settle, never hang.
    const aborted = () => resolve({ ok: false, reason: "aborted" });
    request.once("error", aborted);
    request.once("close", aborted);
  });
}

const EMPTY = Buffer.alloc(0);
