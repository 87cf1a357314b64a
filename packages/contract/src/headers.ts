import * as z from "zod";

/**
 * Request headers the API documents. Routes name them in camelCase (`idempotencyKey`); this table
 * gives each its wire name, so the client, the request parser and OpenAPI agree on one spelling.
 */
export const idempotencyKeySchema = z
  .string()
  .min(1, { error: "Idempotency-Key must not be empty.", abort: true })
  .max(255, "Idempotency-Key is at most 255 characters.")
  .regex(/^[\x21-\x7E]+$/, "Idempotency-Key takes visible ASCII characters only.")
  .describe(
    "Any unique string (a UUID is ideal). A retry with the same key and body within 24 hours " +
      "answers the first result instead of creating another link; the same key with a different body is a 409.",
  );

export const requestHeaderWireNames = {
  idempotencyKey: "Idempotency-Key",
} as const;
export type RequestHeaderName = keyof typeof requestHeaderWireNames;

/** Case-insensitive header lookup (API Gateway keeps the client's spelling; HTTP ignores case). */
export function headerValue(headers: Readonly<Record<string, string | undefined>> | null | undefined, wireName: string) {
  if (!headers) return undefined;
  const wanted = wireName.toLowerCase();
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() === wanted) return value;
  }
  return undefined;
}
