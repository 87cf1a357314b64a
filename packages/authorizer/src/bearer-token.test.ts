import { describe, expect, it } from "vitest";
import { bearerTokenOf, MAX_AUTHORIZATION_LENGTH } from "./bearer-token";
import { Rejection } from "./errors";

describe("bearerTokenOf", () => {
  it("returns the token of `Bearer <jwt>`", () => {
    expect(bearerTokenOf("Bearer aaa.bbb.ccc")).toBe("aaa.bbb.ccc");
    expect(bearerTokenOf("Bearer eyJ-_0.e_-1.s-_2")).toBe("eyJ-_0.e_-1.s-_2");
  });

  it.each([undefined, "", "aaa.bbb.ccc", "bearer aaa.bbb.ccc", "BEARER aaa.bbb.ccc", "Bearer aaa.bbb", "Bearer aaa.bbb.ccc.ddd", "Bearer aaa.bbb.ccc ", "Bearer aa=.bbb.ccc", "Bearer ä.bbb.ccc"])(
    "refuses %j",
    (value) => {
      expect(() => bearerTokenOf(value)).toThrow(Rejection);
    },
  );

  it("refuses anything longer than 8 KB before looking at it", () => {
    const atLimit = `Bearer ${"a".repeat(MAX_AUTHORIZATION_LENGTH - 11)}.b.c`;
    expect(atLimit.length).toBe(MAX_AUTHORIZATION_LENGTH);
    expect(bearerTokenOf(atLimit)).toBeTruthy();
    expect(() => bearerTokenOf(`${atLimit}c`)).toThrow(/too large/);
  });
});
