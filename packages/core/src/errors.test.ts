import { describe, expect, it } from "vitest";
import { Conflict, DomainError, Forbidden, isDomainError, NotFound, QuotaExceeded, Validation } from "./errors";

describe("domain errors", () => {
  it.each([
    [new NotFound("x"), "not_found"],
    [new Conflict("x"), "conflict"],
    [new QuotaExceeded(10), "quota_exceeded"],
    [new Forbidden("x"), "forbidden"],
    [new Validation([{ path: ["a"], message: "m" }]), "validation_failed"],
  ])("%s has the contract code %s", (error, code) => {
    expect(error).toBeInstanceOf(DomainError);
    expect(isDomainError(error)).toBe(true);
    expect(error.code).toBe(code);
  });

  it("explains validation issues in the message", () => {
    const error = new Validation([{ path: ["targetUrl"], message: "bad" }, { path: [], message: "whole" }]);
    expect(error.message).toBe("targetUrl: bad; whole");
    expect(Validation.field("alias", "taken").issues).toEqual([{ path: ["alias"], message: "taken" }]);
  });

  it("states the limit when the quota is exceeded", () => {
    expect(new QuotaExceeded(500).message).toMatch(/at most 500 links/);
    expect(isDomainError(new Error("x"))).toBe(false);
  });
});
