import { SimpleJwksCache } from "aws-jwt-verify/jwk";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createAccessTokenVerifier } from "../src/access-token-verifier";
import { readAuthorizerConfig } from "../src/config";
import { startAuthorizerFixture, type AuthorizerFixture } from "../src/testing/authorizer-fixture";

/** A JWKS cache that can never reach the network: these tests must not talk to AWS. */
const offlineJwksCache = () =>
  new SimpleJwksCache({
    fetcher: {
      fetch: async (uri: string) => {
        throw new Error(`test refused to fetch ${uri}`);
      },
    },
  });

describe("cognito mode never trusts the local Cognito", () => {
  let fixture: AuthorizerFixture;
  beforeAll(async () => {
    fixture = await startAuthorizerFixture(inject("dynamodbEndpoint"));
  });
  afterAll(async () => {
    await fixture?.stop();
  });

  it("refuses a genuine local token, even with the local key planted in the JWKS cache", async () => {
    const config = readAuthorizerConfig({}, (link, field) => ({ UserPool: { id: "us-east-1_AbCdEfGhI" }, UserPoolClient: { id: fixture.cognito.clientId }, Owners: { name: "Owners" } })[link]?.[field]);
    const jwksCache = offlineJwksCache();
    const localJwks = (await (await fetch(fixture.cognito.jwksUri)).json()) as Parameters<SimpleJwksCache["addJwks"]>[1];
    jwksCache.addJwks("https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbCdEfGhI/.well-known/jwks.json", localJwks);
    const verifier = createAccessTokenVerifier(config, { jwksCache });
    await expect(verifier.verify(fixture.user.accessToken)).rejects.toThrow(/issuer not (configured|allowed)/i);
    // Same claims re-issued under the real pool's issuer: signature checks pass with the planted key, so
    // only the issuer differs above. This proves the refusal is the issuer, not a missing key.
    const reissued = fixture.ctx.signAsCognitoLocal(fixture.ctx.accessClaims({ iss: "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbCdEfGhI" }));
    await expect(verifier.verify(reissued)).resolves.toMatchObject({ sub: fixture.user.sub });
  });
});
