import { randomFillSync } from "node:crypto";

/**
 * Random bytes for ids on the hot path, drawn from a 4 KB pool refilled in one call, instead of
 * one `randomBytes` call per id (as `crypto.randomUUID` does internally).
 */
const pool = Buffer.alloc(4096);
let offset = pool.length;

export function randomChunk(size: number): Buffer {
  if (offset + size > pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const chunk = pool.subarray(offset, offset + size);
  offset += size;
  return chunk;
}
