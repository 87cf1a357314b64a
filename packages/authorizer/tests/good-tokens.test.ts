import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type { APIGatewayAuthorizerResult } from "aws-lambda";
import type * as HandlerModule from "../src/handler";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createAccessTokenVerifier } from "../src/access-token-verifier";
import { createAuthorize } from "../src/authorize";
import { readAuthorizerConfig } from "../src/config";
import { createUserStatus } from "../src/user-status";
import { startAuthorizerFixture, type AuthorizerFixture } from "../src/testing/authorizer-fixture";
import { methodArnFor, tokenEvent } from "../src/testing/events";
import { policyAllows } from "../src/testing/policy-match";

// Paths shaped like the contract's user and admin routes, with every verb they use.
const USER_CALLS = [["GET", "/me"], ["GET", "/me/links"], ["POST", "/me/links"], ["GET", "/me/links/abc"], ["PATCH", "/me/links/abc"], ["DELETE", "/me/links/abc"], ["GET", "/me/links/abc/stats"]] as const;
const ADMIN_CALLS = [["GET", "/admin/plans"], ["POST", "/admin/plans"], ["PATCH", "/admin/plans/basic"], ["DELETE", "/admin/partners/p1/key"], ["GET", "/admin/users"], ["POST", "/admin/users/u1/disable"], ["GET", "/admin"], ["GET", "/admin/users/me"]] as const;
const NOBODY_CALLS = [["GET", "/v1/links"], ["GET", "/abc123"], ["GET", "/"], ["GET", "/health"], ["GET", "/meta"], ["GET", "/administrators"]] as const;

describe("the authorizer allows good tokens with a policy right for every method", () => {
  let fixture: AuthorizerFixture;
  let handler: typeof HandlerModule.handler;
  const bearer = (token: string) => `Bearer ${token}`;
  const allows = (result: APIGatewayAuthorizerResult, [method, path]: readonly [string, string]) => policyAllows(result, methodArnFor(method, path));

  beforeAll(async () => {
    fixture = await startAuthorizerFixture(inject("dynamodbEndpoint"));
    ({ handler } = await import("../src/handler"));
  });
  afterAll(async () => {
    await fixture?.stop();
  });

  it("a user: principal and context from the token, /me and below only", async () => {
    const result = await handler(tokenEvent(bearer(fixture.user.accessToken)));
    expect(result.principalId).toBe(fixture.user.sub);
    // Cognito access tokens carry no email claim, so there is none in the context.
    expect(result.context).toEqual({ sub: fixture.user.sub, username: "ulla", groups: "" });
    for (const call of USER_CALLS) expect(allows(result, call), call.join(" ")).toBe(true);
    for (const call of [...ADMIN_CALLS, ...NOBODY_CALLS]) expect(allows(result, call), call.join(" ")).toBe(false);
  });

  it("an admin: groups in the context, /me and /admin and below", async () => {
    const result = await handler(tokenEvent(bearer(fixture.admin.accessToken), "GET", "/admin/users"));
    expect(result.principalId).toBe(fixture.admin.sub);
    expect(result.context).toEqual({ sub: fixture.admin.sub, username: "ada", groups: "admins" });
    for (const call of [...USER_CALLS, ...ADMIN_CALLS]) expect(allows(result, call), call.join(" ")).toBe(true);
    for (const call of NOBODY_CALLS) expect(allows(result, call), call.join(" ")).toBe(false);
  });

  it("the policy does not depend on the method that triggered it (API Gateway reuses it for all)", async () => {
    for (const token of [fixture.user.accessToken, fixture.admin.accessToken]) {
      const [first, ...others] = await Promise.all(
        [...USER_CALLS, ...ADMIN_CALLS].map(([method, path]) => handler(tokenEvent(bearer(token), method, path))),
      );
      for (const other of others) expect(other).toEqual(first);
    }
  });

  it("names only this API and stage", async () => {
    const result = await handler(tokenEvent(bearer(fixture.admin.accessToken)));
    expect(policyAllows(result, "arn:aws:execute-api:us-east-1:123456789012:otherapi00/test/GET/me")).toBe(false);
    expect(policyAllows(result, "arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/prod/GET/me")).toBe(false);
  });

  it("a user disabled after signing in is refused on the next read of their status, and back when re-enabled", async () => {
    const config = readAuthorizerConfig();
    const verifier = createAccessTokenVerifier(config);
    const client = new DynamoDBClient({ maxAttempts: 1 });
    // Status cache off, so the test need not wait for it to expire.
    const authorize = createAuthorize({ verifier, userStatus: createUserStatus({ client, tableName: config.ownersTable }) });
    const event = tokenEvent(bearer(fixture.user.accessToken));
    await expect(authorize(event)).resolves.toHaveProperty("principalId", fixture.user.sub);
    await fixture.setDisabled(fixture.user.sub, true);
    await expect(authorize(event)).rejects.toThrow(/^Unauthorized$/);
    await fixture.setDisabled(fixture.user.sub, false);
    await expect(authorize(event)).resolves.toHaveProperty("principalId", fixture.user.sub);
  });

  it("a user with no owner record yet (never created a link) is active", async () => {
    // The admin has no owner record in the fixture.
    await expect(handler(tokenEvent(bearer(fixture.admin.accessToken)))).resolves.toHaveProperty("principalId", fixture.admin.sub);
  });
});
