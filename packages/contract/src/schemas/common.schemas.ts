import * as z from "zod";
import { pageLimitDefault, pageLimitMax } from "../paging";

/*
 * Building blocks shared by the resource schemas.
 *
 * Bodies are strict: an unknown field is a 400 naming it, so a typo (`expiresat`) never passes
 * silently as "not given". Query strings are not strict: links get shared with tracking parameters,
 * and a stray `?utm_source=` must not break a request. Path and query values arrive as strings, so
 * numbers are coerced.
 */

/** A strict body object whose unknown-field message names the fields. */
export function strictBody<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === "unrecognized_keys" ? `Unknown field(s): ${issue.keys.join(", ")}.` : undefined,
  });
}

/** A whole number from the query string, with a message naming the parameter. */
export function queryInteger(name: string, min: number, max: number) {
  const message = `${name} must be a whole number from ${min} to ${max}.`;
  // <number>: callers (the typed client) pass numbers; the gateway passes strings, coerced here.
  return z.coerce.number<number>({ error: message }).int(message).min(min, message).max(max, message);
}

/**
 * Ids in paths are loose on purpose (any non-empty string): an unknown or malformed id is a 404 from
 * the service, never a 400, so a route answers only the statuses it declares.
 */
export const pathIdSchema = z.string().min(1);

/** Instants on the way out: UTC, `2026-11-24T10:00:00.000Z`. */
export const timestampSchema = z.iso.datetime({ error: "Expected an ISO 8601 date-time." });
/** Instants on the way in: any ISO 8601 date-time with `Z` or an offset. */
export const dateTimeInputSchema = z.iso.datetime({
  offset: true,
  error: "Expected an ISO 8601 date-time with a time zone, e.g. 2027-01-31T23:59:59Z.",
});

/** A UTC calendar day, `YYYY-MM-DD`. */
export const daySchema = z.iso.date({ error: "Expected a day as YYYY-MM-DD." });

export const cursorSchema = z
  .string()
  .min(1, "cursor must not be empty.")
  .max(2048, "cursor is too long.")
  .describe("Opaque: pass `nextCursor` from the previous page, with the same other parameters.");

/** `?limit=&cursor=`: 1–100 items a page, 25 by default. */
export const pageQueryShape = {
  limit: queryInteger("limit", 1, pageLimitMax).default(pageLimitDefault),
  cursor: cursorSchema.optional(),
};

/** One page of a list. A page may hold fewer than `limit` items while more follow: stop at `nextCursor: null`. */
export function pageOf<Item extends z.ZodType>(item: Item) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}
