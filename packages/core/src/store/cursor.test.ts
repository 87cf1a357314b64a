import { describe, expect, it } from "vitest";
import { Validation } from "../errors";
import { decodeCursor, encodeCursor } from "./cursor";

const secret = "a-test-secret-of-enough-length";

describe("page cursors", () => {
  it("round-trips a key", () => {
    const key = { ownerId: "user#1", code: "abc", createdAt: 1_700_000_000_000 };
    expect(decodeCursor(secret, "links:user#1", encodeCursor(secret, "links:user#1", key))).toEqual(key);
  });

  it.each([
    ["garbage", "not-a-cursor"],
    ["empty", ""],
    ["too many parts", "a.b.c"],
    ["bad base64 json", `${Buffer.from("{oops").toString("base64url")}.AAAA`],
  ])("rejects %s with Validation", (_label, cursor) => {
    expect(() => decodeCursor(secret, "links:user#1", cursor)).toThrow(Validation);
  });

  it("rejects a cursor whose key was edited", () => {
    const cursor = encodeCursor(secret, "links:user#1", { code: "abc" });
    const [, mac] = cursor.split(".");
    const forged = `${Buffer.from(JSON.stringify({ code: "zzz" })).toString("base64url")}.${mac}`;
    expect(() => decodeCursor(secret, "links:user#1", forged)).toThrow(Validation);
  });

  it("rejects a cursor made for another list or with another secret", () => {
    const cursor = encodeCursor(secret, "links:user#1", { code: "abc" });
    expect(() => decodeCursor(secret, "links:user#2", cursor)).toThrow(Validation);
    expect(() => decodeCursor("another-secret-of-enough-length", "links:user#1", cursor)).toThrow(Validation);
  });
});
