import { describe, expect, it } from "vitest";
import { compilePolicy, MalformedPolicyError } from "./policy";

const base = "arn:aws:execute-api:us-east-1:123456789012:api123/prod";

const statement = (Effect: string, Resource: string | string[], Action: string | string[] = "execute-api:Invoke") => ({ Effect, Action, Resource });
const policy = (...Statement: unknown[]) => ({ Version: "2012-10-17", Statement });

describe("compilePolicy", () => {
  it("allows an exact methodArn and implicitly denies others", () => {
    const compiled = compilePolicy(policy(statement("Allow", `${base}/GET/me/links`)));
    expect(compiled.evaluate(`${base}/GET/me/links`)).toBe("Allow");
    expect(compiled.evaluate(`${base}/POST/me/links`)).toBe("NoMatch");
  });

  it("lets an explicit Deny win over a matching Allow, in any order", () => {
    const compiled = compilePolicy(policy(statement("Allow", `${base}/*`), statement("Deny", `${base}/*/admin/*`)));
    expect(compiled.evaluate(`${base}/GET/admin/users`)).toBe("Deny");
    expect(compiled.evaluate(`${base}/GET/me`)).toBe("Allow");
  });

  it("treats * as any run of characters, slashes included", () => {
    const compiled = compilePolicy(policy(statement("Allow", `${base}/*/me/*`)));
    expect(compiled.evaluate(`${base}/DELETE/me/links/abc`)).toBe("Allow");
    expect(compiled.evaluate(`${base}/GET/admin/users`)).toBe("NoMatch");
  });

  it("treats ? as exactly one character", () => {
    const compiled = compilePolicy(policy(statement("Allow", `${base}/GE?/x`)));
    expect(compiled.evaluate(`${base}/GET/x`)).toBe("Allow");
    expect(compiled.evaluate(`${base}/GETS/x`)).toBe("NoMatch");
  });

  it("escapes regex characters in the pattern", () => {
    const compiled = compilePolicy(policy(statement("Allow", `${base}/GET/a.b`)));
    expect(compiled.evaluate(`${base}/GET/aXb`)).toBe("NoMatch");
  });

  it("accepts a single statement object and action wildcards", () => {
    const compiled = compilePolicy({ Statement: statement("Allow", "*", "execute-api:*") });
    expect(compiled.evaluate(`${base}/GET/`)).toBe("Allow");
  });

  it("ignores statements for other actions", () => {
    const compiled = compilePolicy(policy(statement("Deny", "*", "s3:GetObject"), statement("Allow", "*")));
    expect(compiled.evaluate(`${base}/GET/`)).toBe("Allow");
  });

  it.each([
    ["no document", undefined],
    ["no statements", policy()],
    ["a bad effect", policy(statement("allow", "*"))],
    ["a missing resource", policy({ Effect: "Allow", Action: "execute-api:Invoke" })],
    ["a resource over 512 characters", policy(statement("Allow", `${base}/${"x".repeat(520)}`))],
  ])("rejects %s", (_, document) => {
    expect(() => compilePolicy(document)).toThrow(MalformedPolicyError);
  });
});
