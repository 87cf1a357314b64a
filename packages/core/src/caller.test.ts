import { describe, expect, it } from "vitest";
import { isAdmin, ownerIdOf, type Caller } from "./caller";
import { parseOwnerId } from "./owner-id";

const user = (groups: string[] = []): Caller => ({ kind: "user", sub: "abc-123", username: "ann", groups });
const partner: Caller = { kind: "partner", partnerId: "p_1", apiKeyId: "key1" };

describe("Caller", () => {
  it("derives owner ids", () => {
    expect(ownerIdOf(user())).toBe("user#abc-123");
    expect(ownerIdOf(partner)).toBe("partner#p_1");
  });

  it("parses owner ids back", () => {
    expect(parseOwnerId("user#abc-123")).toEqual({ kind: "user", sub: "abc-123" });
    expect(parseOwnerId("partner#p_1")).toEqual({ kind: "partner", partnerId: "p_1" });
    expect(parseOwnerId("user#")).toBeUndefined();
    expect(parseOwnerId("robot#1")).toBeUndefined();
  });

  it("knows admins by the admins group only", () => {
    expect(isAdmin(user(["admins"]))).toBe(true);
    expect(isAdmin(user(["staff"]))).toBe(false);
    expect(isAdmin(partner)).toBe(false);
  });
});
