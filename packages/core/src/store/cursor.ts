import { createHmac, timingSafeEqual } from "node:crypto";
import { Validation } from "../errors";

/** A DynamoDB key as plain values (what LastEvaluatedKey holds for our tables). */
export type PlainKey = Record<string, string | number>;

const INVALID = "The cursor is invalid or has been tampered with; start again without a cursor.";

function signature(secret: string, purpose: string, payload: string): Buffer {
  return createHmac("sha256", secret).update(`${purpose}\n${payload}`).digest().subarray(0, 16);
}

/**
 * Opaque, tamper-checked page cursor: the key as base64url JSON plus an HMAC bound to the list it
 * belongs to (`purpose`, e.g. the owner's link list), so a cursor cannot be forged or replayed on
 * another list.
 */
export function encodeCursor(secret: string, purpose: string, key: PlainKey): string {
  const payload = Buffer.from(JSON.stringify(key)).toString("base64url");
  return `${payload}.${signature(secret, purpose, payload).toString("base64url")}`;
}

/** Decodes a cursor made by `encodeCursor`; anything else is a `Validation` error. */
export function decodeCursor(secret: string, purpose: string, cursor: string): PlainKey {
  const [payload, mac, ...rest] = cursor.split(".");
  if (!payload || !mac || rest.length) throw Validation.field("cursor", INVALID);
  const given = Buffer.from(mac, "base64url");
  const expected = signature(secret, purpose, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw Validation.field("cursor", INVALID);
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    throw Validation.field("cursor", INVALID);
  }
  const isPlainKey =
    typeof key === "object" && key !== null && !Array.isArray(key) && Object.values(key).every((v) => typeof v === "string" || typeof v === "number");
  if (!isPlainKey) throw Validation.field("cursor", INVALID);
  return key as PlainKey;
}
