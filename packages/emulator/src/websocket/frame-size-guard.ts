import type { Duplex } from "node:stream";

/**
 * Watches the frames a client sends for one over `maxFrameBytes`. `ws` limits only whole messages
 * (`maxPayload`), and API Gateway has both limits: 32 KB per frame, 128 KB per message, and a
 * connection that sends more is closed with 1009 (apigateway-execution-service-websocket-limits-table).
 * It reads only frame headers (RFC 6455 §5.2) and skips payloads, so it costs next to nothing; it is
 * put before `ws`'s own listener so the verdict comes before the message is delivered.
 */
export function watchFrameSizes(socket: Duplex, maxFrameBytes: number, onOversize: () => void): void {
  const header = Buffer.alloc(14);
  let headerBytes = 0;
  let skip = 0;
  const listener = (chunk: Buffer) => {
    let i = 0;
    while (i < chunk.length) {
      if (skip > 0) {
        const n = Math.min(skip, chunk.length - i);
        skip -= n;
        i += n;
        continue;
      }
      header[headerBytes++] = chunk[i++]!;
      const needed = headerLength(header, headerBytes);
      if (needed === undefined || headerBytes < needed) continue;
      const length = payloadLength(header);
      headerBytes = 0;
      if (length > maxFrameBytes) {
        socket.off("data", listener);
        onOversize();
        return;
      }
      skip = length;
    }
  };
  socket.prependListener("data", listener);
}

/** Bytes in the header being read: 2, plus the extended length, plus the client's masking key. */
function headerLength(header: Buffer, have: number): number | undefined {
  if (have < 2) return undefined;
  const length7 = header[1]! & 0x7f;
  const extended = length7 === 126 ? 2 : length7 === 127 ? 8 : 0;
  return 2 + extended + (header[1]! & 0x80 ? 4 : 0);
}

function payloadLength(header: Buffer): number {
  const length7 = header[1]! & 0x7f;
  if (length7 < 126) return length7;
  if (length7 === 126) return header.readUInt16BE(2);
  return header.readUInt32BE(2) * 2 ** 32 + header.readUInt32BE(6);
}
