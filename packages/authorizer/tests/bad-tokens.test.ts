import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type * as HandlerModule from "../src/handler";
import { validateHeaderValue } from "node:http";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createAccessTokenVerifier } from "../src/access-token-verifier";
import { createAuthorize, type Authorize } from "../src/authorize";
import { readAuthorizerConfig } from "../src/config";
import { createUserStatus } from "../src/user-status";
import { badTokenCases } from "../src/testing/bad-tokens";
import { startAuthorizerFixture, type AuthorizerFixture } from "../src/testing/authorizer-fixture";
import { tokenEvent } from "../src/testing/events";

async function outcomeOf(call: Promise<unknown>): Promise<{ allowed: unknown } | { error: unknown }> {
  return call.then(
    (allowed) => ({ allowed }),
    (error: unknown) => ({ error }),
  );
}

describe("the authorizer refuses every bad token with exactly Unauthorized", () => {
  let fixture: AuthorizerFixture;
  let handler: typeof HandlerModule.handler;
  // The same pieces as the handler, wired so the test can read why each token was refused.
  let explained: Authorize;
  let lastReason = "";

  beforeAll(async () => {
    fixture = await startAuthorizerFixture(inject("dynamodbEndpoint"));
    ({ handler } = await import("../src/handler"));
    const config = readAuthorizerConfig();
    const verifier = createAccessTokenVerifier(config);
    await verifier.hydrate();
    explained = createAuthorize({
      verifier,
      userStatus: createUserStatus({ client: new DynamoDBClient({ maxAttempts: 1 }), tableName: config.ownersTable }),
      onReject: (reason) => (lastReason = reason),
    });
  });
  afterAll(async () => {
    await fixture?.stop();
  });

  it("has at least 25 kinds of bad token, each named once", () => {
    expect(badTokenCases.length).toBeGreaterThanOrEqual(25);
    expect(new Set(badTokenCases.map((c) => c.name)).size).toBe(badTokenCases.length);
  });

  it("control: accepts the real token, and a token forged with the local key and the same claims", async () => {
    // Without this, a broken setup would make every bad-token case pass for the wrong reason.
    await expect(handler(tokenEvent(`Bearer ${fixture.ctx.user.accessToken}`))).resolves.toHaveProperty("principalId", fixture.user.sub);
    const forged = fixture.ctx.signAsCognitoLocal(fixture.ctx.accessClaims());
    await expect(handler(tokenEvent(`Bearer ${forged}`))).resolves.toHaveProperty("principalId", fixture.user.sub);
  });

  it.each(badTokenCases.map((c) => [c.name, c] as const))("%s", async (_name, badToken) => {
    const authorization = badToken.make(fixture.ctx);
    // The local stack replays the corpus over HTTP: say which values cannot travel as a header.
    const sendable = () => validateHeaderValue("authorization", authorization);
    if (badToken.sendableOverHttp === false) expect(sendable).toThrow();
    else expect(sendable).not.toThrow();

    const outcome = await outcomeOf(handler(tokenEvent(authorization)));
    expect(outcome).toEqual({ error: new Error("Unauthorized") });
    expect((outcome as { error: Error }).error.constructor).toBe(Error);

    lastReason = "";
    await expect(explained(tokenEvent(authorization))).rejects.toThrow(/^Unauthorized$/);
    expect(lastReason).toMatch(badToken.because);
  });
});
