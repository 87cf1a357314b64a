import { describe, expect, it } from "vitest";
import { expiresAtProblem, isReservedCode, RESERVED_CODES, TARGET_URL_MAX_LENGTH, targetUrlProblem } from "./rules";
import { aliasSchema, targetUrlSchema } from "./schemas/rule.schemas";

const messageOf = (result: { success: boolean; error?: { issues: Array<{ message: string }> } }) =>
  result.error?.issues.map((issue) => issue.message).join(" | ");

describe("aliasSchema", () => {
  it.each(["abc", "my-link_2", "A".repeat(64)])("accepts %s", (alias) => {
    expect(aliasSchema.safeParse(alias).success).toBe(true);
  });

  it.each([
    ["ab", "3–64 characters"],
    ["a".repeat(65), "3–64 characters"],
    ["has space", "3–64 characters"],
    ["dots.not.ok", "3–64 characters"],
    ["émoji", "3–64 characters"],
  ])("rejects %s with a clear message", (alias, expected) => {
    expect(messageOf(aliasSchema.safeParse(alias))).toContain(expected);
  });

  it.each(["admin", "ADMIN", "Health", "API", "Static", "LOGIN"])(
    "rejects the reserved word %s, whatever its case",
    (alias) => {
      expect(messageOf(aliasSchema.safeParse(alias))).toBe("This alias is reserved; choose another.");
    },
  );

  it("gives one message for a word both malformed and reserved", () => {
    expect(messageOf(aliasSchema.safeParse("Me"))).toBe("An alias is 3–64 characters: letters, digits, '_' and '-'.");
  });
});

describe("isReservedCode", () => {
  it("compares case-insensitively and knows every reserved word", () => {
    for (const word of RESERVED_CODES) {
      expect(isReservedCode(word)).toBe(true);
      expect(isReservedCode(word.toUpperCase())).toBe(true);
    }
    expect(isReservedCode("admins")).toBe(false);
  });
});

describe("targetUrlSchema", () => {
  it.each(["https://example.com", "http://example.com/a?b=c#d", "https://例え.jp/パス"])("accepts %s", (url) => {
    expect(targetUrlSchema.safeParse(url).success).toBe(true);
  });

  it.each([
    ["javascript:alert(1)", "Only http and https targets are allowed, not 'javascript'."],
    ["data:text/html,<b>x</b>", "Only http and https targets are allowed, not 'data'."],
    ["file:///etc/passwd", "Only http and https targets are allowed, not 'file'."],
    ["ftp://example.com/x", "Only http and https targets are allowed, not 'ftp'."],
    ["https://user:secret@example.com/", "A target URL must not contain credentials (user:password@)."],
    ["https://user@example.com/", "A target URL must not contain credentials (user:password@)."],
    ["/relative/path", "The target is not a valid absolute URL (expected http:// or https://…)."],
    ["example.com", "The target is not a valid absolute URL (expected http:// or https://…)."],
    ["https://example.com/\r\nSet-Cookie: a=1", CONTROL_MESSAGE],
    ["https://e.com/\u0000x", CONTROL_MESSAGE],
    ["https://e.com/a\tb", CONTROL_MESSAGE],
    ["https://e.com/\u007f", CONTROL_MESSAGE],
    ["https://e.com/\u0085", CONTROL_MESSAGE],
  ])("rejects %j", (url, expected) => {
    expect(messageOf(targetUrlSchema.safeParse(url))).toContain(expected);
    expect(targetUrlProblem(url)).toBe(expected);
  });

  it("rejects a URL longer than the maximum, and accepts one at it", () => {
    const base = "https://example.com/";
    const atMax = base + "a".repeat(TARGET_URL_MAX_LENGTH - base.length);
    expect(targetUrlSchema.safeParse(atMax).success).toBe(true);
    expect(messageOf(targetUrlSchema.safeParse(`${atMax}a`))).toContain(`at most ${TARGET_URL_MAX_LENGTH} characters`);
  });
});

const CONTROL_MESSAGE = "A target URL must not contain control characters (line breaks, tabs, NUL and the like).";

describe("expiresAtProblem", () => {
  const now = new Date("2026-11-24T12:00:00Z");

  it("accepts a future instant, with or without an offset", () => {
    expect(expiresAtProblem("2026-11-24T12:00:01Z", now)).toBeUndefined();
    expect(expiresAtProblem("2026-11-24T14:00:00+01:00", now)).toBeUndefined();
  });

  it("rejects now, the past, garbage and the far future", () => {
    expect(expiresAtProblem("2026-11-24T12:00:00Z", now)).toBe("expiresAt must be in the future.");
    expect(expiresAtProblem("2020-01-01T00:00:00Z", now)).toBe("expiresAt must be in the future.");
    expect(expiresAtProblem("soon", now)).toBe("expiresAt is not a valid date-time.");
    expect(expiresAtProblem("2040-01-01T00:00:00Z", now)).toMatch(/at most \d+ days ahead/);
  });
});
