import { describe, expect, it } from "vitest";
import { Rejection } from "./errors";
import { allowPolicy, resourcesFor, stagePrefixOf } from "./policy";

const arn = (rest: string) => `arn:aws:execute-api:eu-west-1:123456789012:${rest}`;

describe("stagePrefixOf", () => {
  it.each([
    [arn("api1/prod/GET/me/links"), arn("api1/prod")],
    [arn("api1/prod/GET/"), arn("api1/prod")],
    [arn("api1/$default/DELETE/admin/users/a:b"), arn("api1/$default")],
  ])("%s → %s", (methodArn, prefix) => {
    expect(stagePrefixOf(methodArn)).toBe(prefix);
  });

  it.each(["", "arn:aws:lambda:eu-west-1:1:function:x", arn("api1"), "not an arn"])("refuses %j", (methodArn) => {
    expect(() => stagePrefixOf(methodArn)).toThrow(Rejection);
  });
});

describe("resourcesFor", () => {
  it("gives users /me and below for every verb, and nothing under /admin", () => {
    const resources = resourcesFor("P", []);
    expect(resources).toContain("P/GET/me");
    expect(resources).toContain("P/DELETE/me/*");
    expect(resources.some((r) => r.includes("admin"))).toBe(false);
    expect(resources.every((r) => /^P\/[A-Z]+\/me(\/\*)?$/.test(r))).toBe(true);
  });

  it("adds /admin and below for the admins group only", () => {
    expect(resourcesFor("P", ["admins"])).toEqual(expect.arrayContaining(["P/PATCH/admin", "P/POST/admin/*", "P/GET/me/*"]));
    expect(resourcesFor("P", ["administrators", "Admins"]).some((r) => r.includes("admin"))).toBe(false);
    expect(resourcesFor("P", ["admins"]).some((r) => r.includes("portal"))).toBe(false);
  });

  it("gives the partners group /portal and below only: not /me, not /admin", () => {
    const resources = resourcesFor("P", ["partners"]);
    expect(resources).toEqual(expect.arrayContaining(["P/GET/portal", "P/POST/portal/*", "P/DELETE/portal/*"]));
    expect(resources.every((r) => /^P\/[A-Z]+\/portal(\/\*)?$/.test(r))).toBe(true);
    // A partner account put in admins too stays a partner account.
    expect(resourcesFor("P", ["partners", "admins"])).toEqual(resources);
    expect(resourcesFor("P", []).some((r) => r.includes("portal"))).toBe(false);
  });
});

describe("allowPolicy", () => {
  it("carries principal and string context, with email only when the token has one", () => {
    const claims = { sub: "s-1", username: "ulla", groups: ["admins", "beta"] };
    const withoutEmail = allowPolicy(arn("api1/prod/GET/me"), claims);
    expect(withoutEmail.principalId).toBe("s-1");
    expect(withoutEmail.context).toEqual({ sub: "s-1", username: "ulla", groups: "admins,beta" });
    expect(allowPolicy(arn("api1/prod/GET/me"), { ...claims, email: "u@example.test" }).context).toHaveProperty("email", "u@example.test");
    expect(withoutEmail.policyDocument.Statement).toEqual([
      { Action: "execute-api:Invoke", Effect: "Allow", Resource: resourcesFor(arn("api1/prod"), claims.groups) },
    ]);
  });
});
