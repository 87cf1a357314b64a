import { describe, expect, it } from "vitest";
import { createAccessTokenVerifier } from "./access-token-verifier";
import { readAuthorizerConfig, type LinkReader } from "./config";
import { AuthorizerConfigError } from "./errors";

const LINKS: Record<string, Record<string, string>> = {
  UserPool: { id: "us-east-1_AbCdEfGhI" },
  UserPoolClient: { id: "client123" },
  Owners: { name: "linkgate-test-Owners" },
};
const linksWithout = (missing?: string): LinkReader => (link, field) => (link === missing ? undefined : LINKS[link]?.[field]);
const LOCAL_ISSUER = "http://127.0.0.1:9230/local_abc123";

function configError(read: () => unknown): AuthorizerConfigError {
  try {
    read();
  } catch (error) {
    if (error instanceof AuthorizerConfigError) return error;
    throw error;
  }
  throw new Error("expected an AuthorizerConfigError");
}

describe("readAuthorizerConfig", () => {
  it("defaults to cognito mode with the linked pool, client and Owners table", () => {
    expect(readAuthorizerConfig({}, linksWithout())).toEqual({
      mode: "cognito",
      userPoolId: "us-east-1_AbCdEfGhI",
      clientId: "client123",
      ownersTable: "linkgate-test-Owners",
    });
  });

  it.each(["UserPool", "UserPoolClient", "Owners"])("names the variable when the %s link is missing", (link) => {
    const error = configError(() => readAuthorizerConfig({}, linksWithout(link)));
    expect(error.variable).toBe(`SST_RESOURCE_${link}`);
    expect(error.message).toContain(`SST_RESOURCE_${link}`);
  });

  it("turns the sst Resource's own error for an unlinked resource into one naming the variable", () => {
    const throwing: LinkReader = () => {
      throw new Error('"UserPool" is not linked in your sst.config.ts');
    };
    expect(configError(() => readAuthorizerConfig({}, throwing)).variable).toBe("SST_RESOURCE_UserPool");
  });

  it("refuses an unknown mode, naming LINKGATE_AUTH_MODE", () => {
    const error = configError(() => readAuthorizerConfig({ LINKGATE_AUTH_MODE: "LOCAL" }, linksWithout()));
    expect(error.message).toMatch(/LINKGATE_AUTH_MODE must be "cognito" or "local"/);
  });

  it("refuses an http issuer unless local mode is on", () => {
    const error = configError(() => readAuthorizerConfig({ LINKGATE_LOCAL_COGNITO_ISSUER: LOCAL_ISSUER }, linksWithout()));
    expect(error.variable).toBe("LINKGATE_LOCAL_COGNITO_ISSUER");
    expect(error.message).toMatch(/never trusts a local issuer/);
  });

  it("requires the issuer in local mode, naming the variable", () => {
    const error = configError(() => readAuthorizerConfig({ LINKGATE_AUTH_MODE: "local" }, linksWithout()));
    expect(error.variable).toBe("LINKGATE_LOCAL_COGNITO_ISSUER");
    expect(configError(() => readAuthorizerConfig({ LINKGATE_AUTH_MODE: "local", LINKGATE_LOCAL_COGNITO_ISSUER: "not a url" }, linksWithout())).message).toMatch(/not a URL/);
  });

  it("accepts the local http issuer in local mode and derives its JWKS address", () => {
    const config = readAuthorizerConfig({ LINKGATE_AUTH_MODE: "local", LINKGATE_LOCAL_COGNITO_ISSUER: `${LOCAL_ISSUER}/` }, linksWithout());
    expect(config).toMatchObject({ mode: "local", localIssuer: LOCAL_ISSUER, localJwksUri: `${LOCAL_ISSUER}/.well-known/jwks.json` });
  });
});

describe("createAccessTokenVerifier in cognito mode", () => {
  it("refuses a pool id that is not a real Cognito pool (e.g. the local one), naming the link", () => {
    const config = { ...readAuthorizerConfig({}, linksWithout()), userPoolId: "local_abc123" };
    expect(configError(() => createAccessTokenVerifier(config)).variable).toBe("SST_RESOURCE_UserPool");
  });
});
