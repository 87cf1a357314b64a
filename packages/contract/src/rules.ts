import { DAY_MS } from "@linkgate/utc-calendar";

/**
 * Domain rules that both the API (schemas, OpenAPI, console validation) and the domain (core) use.
 * Kept here, in the package with no dependencies but zod (and the dependency-free calendar), so there is one copy of each.
 * No zod in this file: core and the redirect read these without bundling it (the schemas built on
 * them are schemas/rule.schemas.ts).
 */

/** Custom aliases: 3–64 characters of letters, digits, `_` and `-`. */
export const ALIAS_PATTERN = /^[A-Za-z0-9_-]{3,64}$/;

/**
 * Words that can never be a short code, because `GET /{code}` would shadow (or be shadowed by) a
 * route, or because they would confuse people. Every first static path segment of a contract route
 * must be here (a contract test checks it). Compared case-insensitively.
 */
export const RESERVED_CODES = [
  "v1",
  "v2",
  "me",
  "admin",
  "portal",
  "health",
  "openapi.json",
  "api",
  "static",
  "assets",
  "login",
  "logout",
  "signin",
  "signup",
  "console",
  "docs",
  "favicon.ico",
  "robots.txt",
] as const;

export function isReservedCode(code: string): boolean {
  const lower = code.toLowerCase();
  return RESERVED_CODES.some((word) => word === lower);
}

/** Generated codes: 7 characters from this alphabet (no look-alikes 0/O, 1/l/I). */
export const GENERATED_CODE_ALPHABET = "23456789abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
export const GENERATED_CODE_LENGTH = 7;

export const TARGET_URL_MAX_LENGTH = 2_048;
export const ALLOWED_TARGET_PROTOCOLS = ["http:", "https:"] as const;

/** How many links a signed-in user may hold at once (partners: their plan's linkLimit). */
export const USER_LINK_LIMIT = 500;

/** Idempotency records are kept (and replayed) for this long. */
export const IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60;



// eslint-disable-next-line no-control-regex -- finding control characters is the point.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;

/** Why a target URL is unacceptable, or undefined when it is fine. */
export function targetUrlProblem(value: string): string | undefined {
  if (value.length > TARGET_URL_MAX_LENGTH) return `A target URL is at most ${TARGET_URL_MAX_LENGTH} characters.`;
  // The URL parser drops tabs and line breaks and keeps NULs, so a target that parses can still
  // smuggle them into the redirect's Location header (header injection, or a 502 forever).
  if (CONTROL_CHARACTER.test(value)) return "A target URL must not contain control characters (line breaks, tabs, NUL and the like).";
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "The target is not a valid absolute URL (expected http:// or https://…).";
  }
  if (!(ALLOWED_TARGET_PROTOCOLS as readonly string[]).includes(url.protocol)) {
    return `Only http and https targets are allowed, not '${url.protocol.replace(/:$/, "")}'.`;
  }
  if (url.username || url.password) return "A target URL must not contain credentials (user:password@).";
  if (!url.hostname) return "The target URL has no host.";
  return undefined;
}

/** Furthest a link's `expiresAt` may be set ahead of now. */
export const EXPIRES_AT_MAX_DAYS_AHEAD = 10 * 366;

/**
 * Why an `expiresAt` is unacceptable at `now`, or undefined. The API schema checks only the format;
 * "in the future" is checked by the domain (core) when it writes, against its own clock — the same
 * moment the link is stored — so a client's clock or an idempotent replay cannot get it wrong.
 */
export function expiresAtProblem(expiresAt: string | Date, now: Date = new Date()): string | undefined {
  const at = typeof expiresAt === "string" ? Date.parse(expiresAt) : expiresAt.getTime();
  if (Number.isNaN(at)) return "expiresAt is not a valid date-time.";
  if (at <= now.getTime()) return "expiresAt must be in the future.";
  if (at > now.getTime() + EXPIRES_AT_MAX_DAYS_AHEAD * DAY_MS) {
    return `expiresAt is at most ${EXPIRES_AT_MAX_DAYS_AHEAD} days ahead.`;
  }
  return undefined;
}
