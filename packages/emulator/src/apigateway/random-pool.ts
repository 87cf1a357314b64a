import { randomFillSync } from "node:crypto";

/**
 * Random bytes for ids on the hot path, drawn from a 4 KB pool refilled in one call, instead of
 * one `randomBytes` call per id (as `crypto.randomUUID` does internally). Read straight out of the
 * pool as text (`toString` with a range), so no Buffer view is made per id.
 */
const pool = Buffer.alloc(4096);
let offset = pool.length;

/** `size` fresh random bytes as text: `hex`, `base64` or `base64url` (unpadded). */
export function randomText(size: number, encoding: "hex" | "base64" | "base64url"): string {
  if (offset + size > pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const text = pool.toString(encoding, offset, offset + size);
  offset += size;
  return text;
}
