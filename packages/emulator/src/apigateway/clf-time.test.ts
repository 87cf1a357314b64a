import { describe, expect, it } from "vitest";
import { clfTime } from "./clf-time";

describe("clfTime", () => {
  it("formats in UTC Common Log Format", () => {
    expect(clfTime(Date.UTC(2015, 3, 9, 12, 34, 56))).toBe("09/Apr/2015:12:34:56 +0000");
    expect(clfTime(Date.UTC(2026, 11, 31, 3, 4, 5))).toBe("31/Dec/2026:03:04:05 +0000");
  });
});
