import { badRequest } from "./control-plane-errors";
import { numberFromText } from "./request-input";

const DEFAULT_LIMIT = 25;
const MAX_LIMIT = 500;

export interface Page<T> {
  items: T[];
  /** Opaque cursor for the next page; absent on the last page. */
  position?: string;
}

/** AWS's `position` + `limit` paging (default 25, max 500) over a stably ordered list. */
export function paginate<T>(all: T[], query: URLSearchParams): Page<T> {
  const limitText = query.get("limit");
  const limit = limitText === null ? DEFAULT_LIMIT : numberFromText(limitText, "limit");
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) throw badRequest(`limit must be an integer from 1 to ${MAX_LIMIT}`);
  const start = decodePosition(query.get("position"));
  const items = all.slice(start, start + limit);
  const next = start + limit;
  return next < all.length ? { items, position: encodePosition(next) } : { items };
}

function encodePosition(offset: number): string {
  return Buffer.from(JSON.stringify({ offset })).toString("base64url");
}

function decodePosition(position: string | null): number {
  if (position === null || position === "") return 0;
  try {
    const { offset } = JSON.parse(Buffer.from(position, "base64url").toString("utf8")) as { offset: unknown };
    if (typeof offset === "number" && Number.isInteger(offset) && offset >= 0) return offset;
  } catch {
    // fall through to the 400 below
  }
  throw badRequest("position is not a value this API returned");
}
