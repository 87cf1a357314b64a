import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { watchFrameSizes } from "./frame-size-guard";

/** A masked client frame header for a payload of `length` bytes (RFC 6455 §5.2), then the payload. */
function frame(length: number): Buffer {
  const header = length < 126 ? Buffer.from([0x81, 0x80 | length]) : length < 65536 ? Buffer.from([0x81, 0x80 | 126, length >> 8, length & 0xff]) : Buffer.concat([Buffer.from([0x81, 0x80 | 127]), bigLength(length)]);
  return Buffer.concat([header, Buffer.alloc(4), Buffer.alloc(length)]);
}

function bigLength(length: number): Buffer {
  const bytes = Buffer.alloc(8);
  bytes.writeUInt32BE(Math.floor(length / 2 ** 32), 0);
  bytes.writeUInt32BE(length % 2 ** 32, 4);
  return bytes;
}

describe("watchFrameSizes", () => {
  it("lets frames up to the limit through, in any chunking, and flags the first one over it", () => {
    const socket = new PassThrough();
    let oversize = 0;
    watchFrameSizes(socket, 1000, () => (oversize += 1));
    const stream = Buffer.concat([frame(10), frame(200), frame(1000), frame(1001)]);
    // One byte at a time: headers split across chunks must still be read right.
    for (let i = 0; i < stream.length - 1001; i++) socket.emit("data", stream.subarray(i, i + 1));
    expect(oversize).toBe(1);
  });

  it("reads 64-bit lengths", () => {
    const socket = new PassThrough();
    let oversize = 0;
    watchFrameSizes(socket, 70_000, () => (oversize += 1));
    socket.emit("data", frame(70_000));
    expect(oversize).toBe(0);
    socket.emit("data", frame(70_001).subarray(0, 14));
    expect(oversize).toBe(1);
  });
});
