import { AdminDeleteUserCommand } from "@aws-sdk/client-cognito-identity-provider";
import { badTokenCases, createTokenContext, type TokenContext } from "@linkgate/authorizer/testing";
import { routes } from "@linkgate/contract";
import { MAX_HEADER_BYTES } from "@linkgate/emulator";
import { beforeAll, describe, expect, it } from "vitest";
import { adminClient, cognitoClient, newUser, signInTokens, stack } from "./support/stack-clients";

const getMe = (authorization: string) => fetch(`${stack().apiUrl}/me`, { headers: { authorization } });

describe("the JWT authorizer through the API Gateway emulator", () => {
  let ctx: TokenContext;

  beforeAll(async () => {
    const admin = await adminClient();
    const user = await newUser("corpus");
    const disabled = await newUser("corpus-disabled");
    const deleted = await newUser("corpus-deleted");
    await admin.call("updateUser", { path: { username: disabled.username }, body: { enabled: false } });
    // Deleting a user marks it disabled first (the authorizer reads that flag), then removes it from the pool.
    await admin.call("updateUser", { path: { username: deleted.username }, body: { enabled: false } });
    await cognitoClient().send(new AdminDeleteUserCommand({ UserPoolId: stack().cognito.userPoolId, Username: deleted.username }));
    const { cognito } = stack();
    ctx = createTokenContext({
      cognito: { issuer: `${cognito.endpoint}/${cognito.userPoolId}`, userPoolId: cognito.userPoolId, clientId: cognito.clientId },
      user: await signInTokens(user.username, user.password),
      disabledUserAccessToken: disabled.token,
      deletedUserAccessToken: deleted.token,
    });
  });

  it("accepts the control: a good access token of an active user", async () => {
    expect((await getMe(`Bearer ${ctx.user.accessToken}`)).status).toBe(200);
  });

  const sendable = badTokenCases.filter((c) => c.sendableOverHttp !== false);
  it("replays at least 25 kinds of bad token", () => {
    expect(sendable.length).toBeGreaterThanOrEqual(25);
  });

  for (const badToken of sendable) {
    it(`refused: ${badToken.name}`, async () => {
      const value = badToken.make(ctx);
      const response = await getMe(value);
      if (value.length > MAX_HEADER_BYTES) {
        // Larger than API Gateway's header limit: the gateway refuses it before any authorizer runs.
        expect(response.status).toBe(413);
        return;
      }
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ message: "Unauthorized" });
      expect(response.headers.get("x-amzn-errortype")).toBe("UnauthorizedException");
    });
  }
});

describe("who may do what, with the cached policy", () => {
  it("a user's cached policy never gives a false 403 on the user's other methods", async () => {
    const { token } = await newUser("cached");
    const auth = { authorization: `Bearer ${token}` };
    // The first call caches the authorizer's policy for this token; every later method reuses it.
    for (const route of routes.filter((r) => r.auth === "user")) {
      const path = route.path.replace(/\{[^}]+\}/g, "no-such-code");
      const response = await fetch(`${stack().apiUrl}${path}`, {
        method: route.method,
        headers: { ...auth, "content-type": "application/json" },
        ...(route.method === "POST" || route.method === "PATCH" ? { body: JSON.stringify({ target: "https://example.com/" }) } : {}),
      });
      expect({ route: route.name, denied: response.status === 403 || response.status === 401 }).toEqual({ route: route.name, denied: false });
    }
  });

  it("an admin reaches admin routes and user routes with one cached policy", async () => {
    const admin = await adminClient();
    expect((await admin.call("listPlans")).items.length).toBeGreaterThanOrEqual(3);
    expect((await admin.call("getMe")).groups).toContain("admins");
    expect((await admin.call("listUsers", { query: { limit: 5 } })).items.length).toBeGreaterThan(0);
  });
});
