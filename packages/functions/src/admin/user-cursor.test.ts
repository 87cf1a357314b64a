import { Validation } from "@linkgate/core";
import { describe, expect, it } from "vitest";
import { decodeUserCursor, encodeUserCursor } from "./user-cursor";

describe("user list cursors", () => {
  it("round-trip a token and an offset", () => {
    expect(decodeUserCursor(encodeUserCursor({ token: "abc", skip: 25 }))).toEqual({ token: "abc", skip: 25 });
    expect(decodeUserCursor(encodeUserCursor({ skip: 5 }))).toEqual({ skip: 5 });
  });

  it("refuse anything else as a 400 on `cursor`", () => {
    expect(() => decodeUserCursor("not-a-cursor")).toThrow(Validation);
    expect(() => decodeUserCursor(encodeUserCursor({ skip: -1 }))).toThrow(/cursor/);
  });
});
