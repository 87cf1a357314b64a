import type * as HandlerModule from "../src/handler";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startAuthorizerFixture, type AuthorizerFixture } from "../src/testing/authorizer-fixture";
import { badTokenCases } from "../src/testing/bad-tokens";
import { CONNECT_ARN, connectEvent, methodArnFor, STAGE_PREFIX } from "../src/testing/events";
import { policyAllows } from "../src/testing/policy-match";

describe("the live API's $connect authorizer (token in the query string)", () => {
  let fixture: AuthorizerFixture;
  let connectHandler: typeof HandlerModule.connectHandler;

  beforeAll(async () => {
    fixture = await startAuthorizerFixture(inject("dynamodbEndpoint"));
    ({ connectHandler } = await import("../src/handler"));
  });
  afterAll(async () => {
    await fixture?.stop();
  });

  it("allows this stage's $connect only, with the same identity context as the REST authorizer", async () => {
    const result = await connectHandler(connectEvent({ token: fixture.admin.accessToken }));
    expect(result.principalId).toBe(fixture.admin.sub);
    expect(result.context).toEqual({ sub: fixture.admin.sub, username: "ada", groups: "admins" });
    expect(policyAllows(result, CONNECT_ARN)).toBe(true);
    expect(policyAllows(result, `${STAGE_PREFIX}/$default`)).toBe(false);
    expect(policyAllows(result, methodArnFor("GET", "/admin/users"))).toBe(false);
    expect(policyAllows(result, CONNECT_ARN.replace("/test/", "/prod/"))).toBe(false);
  });

  it("refuses with exactly Unauthorized: no token, an empty one, a Bearer-prefixed one, and every bad token", async () => {
    await expect(connectHandler(connectEvent(null))).rejects.toThrow(/^Unauthorized$/);
    await expect(connectHandler(connectEvent({ token: "" }))).rejects.toThrow(/^Unauthorized$/);
    await expect(connectHandler(connectEvent({ token: `Bearer ${fixture.user.accessToken}` }))).rejects.toThrow(/^Unauthorized$/);
    await expect(connectHandler(connectEvent({ other: fixture.user.accessToken }))).rejects.toThrow(/^Unauthorized$/);
    // The corpus's tokens, without the scheme (the cases about the scheme itself have no token to try).
    const tokens = badTokenCases.map((bad) => ({ name: bad.name, value: bad.make(fixture.ctx) })).filter((bad) => bad.value.startsWith("Bearer "));
    expect(tokens.length).toBeGreaterThan(20);
    for (const bad of tokens) await expect(connectHandler(connectEvent({ token: bad.value.slice("Bearer ".length) })), bad.name).rejects.toThrow(/^Unauthorized$/);
  });

  it("refuses a disabled user, and lets them back when re-enabled", async () => {
    await fixture.setDisabled(fixture.user.sub, true);
    await expect(connectHandler(connectEvent({ token: fixture.user.accessToken }))).rejects.toThrow(/^Unauthorized$/);
    await fixture.setDisabled(fixture.user.sub, false);
  });
});
