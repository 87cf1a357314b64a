import { ConfirmSignUpCommand, InitiateAuthCommand, ListGroupsCommand, ListUsersCommand, SignUpCommand } from "@aws-sdk/client-cognito-identity-provider";
import { createPublicKey, createVerify } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localCognitoClient } from "../../src/cognito/cognito-client";
import { startLocalCognito, type LocalCognito } from "../../src/cognito/local-cognito";
import { cognitoLocalSigningKey, createTestUser, signIn } from "../../src/cognito/testing";
import { isLoopbackOnly, listeningAddresses } from "../../src/testing/listening-addresses";

const newDataDir = () => mkdtempSync(join(tmpdir(), "linkgate-cognito-"));
/** The launcher knows no app's groups: whoever starts it names them (the local stack: the contract's). */
const EDITORS = "editors";
const groupNames = async (cognito: LocalCognito) =>
  ((await localCognitoClient(cognito.endpoint).send(new ListGroupsCommand({ UserPoolId: cognito.userPoolId }))).Groups ?? []).map((group) => group.GroupName).sort();

function decodePayload(jwt: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(jwt.split(".")[1] ?? "", "base64url").toString("utf8")) as Record<string, unknown>;
}

describe("local Cognito launcher", () => {
  let cognito: LocalCognito;
  const dataDir = newDataDir();

  beforeAll(async () => {
    cognito = await startLocalCognito({ dataDir, groups: [EDITORS] });
  });
  afterAll(async () => {
    await cognito?.stop();
  });

  it("listens on 127.0.0.1 only", () => {
    const addresses = listeningAddresses(cognito.port);
    expect(addresses).not.toEqual([]);
    expect(isLoopbackOnly(addresses)).toBe(true);
    expect(cognito.issuer).toBe(`http://127.0.0.1:${cognito.port}/${cognito.userPoolId}`);
    expect(cognito.jwksUri).toBe(`${cognito.issuer}/.well-known/jwks.json`);
  });

  it("captures the confirmation code of a sign-up, which confirms the user", async () => {
    const client = localCognitoClient(cognito.endpoint);
    await client.send(
      new SignUpCommand({
        ClientId: cognito.clientId,
        Username: "carol",
        Password: "Passw0rd!carol",
        UserAttributes: [{ Name: "email", Value: "carol@example.test" }],
      }),
    );
    await expect.poll(() => cognito.confirmationCodes.latest("carol")).toMatch(/^\d{6}$/);
    expect(cognito.confirmationCodes.all()).toContainEqual(expect.objectContaining({ username: "carol", destination: "carol@example.test" }));
    const code = cognito.confirmationCodes.latest("carol") ?? "";
    await client.send(new ConfirmSignUpCommand({ ClientId: cognito.clientId, Username: "carol", ConfirmationCode: code }));
    const tokens = await signIn(cognito, "carol", "Passw0rd!carol");
    expect(decodePayload(tokens.accessToken)).toMatchObject({ username: "carol", token_use: "access" });
  });

  it("refuses sign-in of an unconfirmed sign-up", async () => {
    const client = localCognitoClient(cognito.endpoint);
    await client.send(new SignUpCommand({ ClientId: cognito.clientId, Username: "dave", Password: "Passw0rd!dave", UserAttributes: [{ Name: "email", Value: "dave@example.test" }] }));
    await expect(
      client.send(
        new InitiateAuthCommand({
          ClientId: cognito.clientId,
          AuthFlow: "USER_PASSWORD_AUTH",
          AuthParameters: { USERNAME: "dave", PASSWORD: "Passw0rd!dave" },
        }),
      ),
    ).rejects.toThrow(/confirm/i);
  });

  it("signs a group member in with an access token carrying cognito:groups", async () => {
    const admin = await createTestUser(cognito, { username: "ada", email: "ada@example.test", groups: [EDITORS] });
    const tokens = await signIn(cognito, admin.username, admin.password);
    const access = decodePayload(tokens.accessToken);
    expect(access).toMatchObject({
      iss: cognito.issuer,
      client_id: cognito.clientId,
      token_use: "access",
      sub: admin.sub,
      username: "ada",
      "cognito:groups": [EDITORS],
    });
    const user = await createTestUser(cognito, { username: "ulla" });
    expect(decodePayload((await signIn(cognito, user.username, user.password)).accessToken)).not.toHaveProperty("cognito:groups");
  });

  it("signs with the key published in its package (which is why its issuer is trusted only in local mode)", async () => {
    const user = await createTestUser(cognito, { username: "kai" });
    const [header, payload, signature] = (await signIn(cognito, user.username, user.password)).accessToken.split(".");
    const key = cognitoLocalSigningKey();
    expect(JSON.parse(Buffer.from(header ?? "", "base64url").toString("utf8"))).toMatchObject({ alg: "RS256", kid: key.kid });
    const verified = createVerify("RSA-SHA256").update(`${header}.${payload}`).verify(createPublicKey(key.publicKeyPem), signature ?? "", "base64url");
    expect(verified).toBe(true);
    const jwks = (await (await fetch(cognito.jwksUri)).json()) as { keys: { kid: string; n: string }[] };
    expect(jwks.keys.map((k) => k.kid)).toEqual([key.kid]);
  });

  it("refuses port 9229 and a port in use", async () => {
    await expect(startLocalCognito({ dataDir: newDataDir(), port: 9229 })).rejects.toThrow(/inspector/);
    await expect(startLocalCognito({ dataDir: newDataDir(), port: cognito.port })).rejects.toThrow(/already in use/);
  });
});

describe("local Cognito restarts", () => {
  it("keeps the pool, client and users across a restart of the same data directory", async () => {
    const dataDir = newDataDir();
    const first = await startLocalCognito({ dataDir });
    let kept: { userPoolId: string; clientId: string; port: number };
    try {
      kept = { userPoolId: first.userPoolId, clientId: first.clientId, port: first.port };
      await createTestUser(first, { username: "rita", password: "Passw0rd!rita" });
    } finally {
      await first.stop();
    }
    const second = await startLocalCognito({ dataDir, port: kept.port });
    try {
      expect({ userPoolId: second.userPoolId, clientId: second.clientId }).toEqual({ userPoolId: kept.userPoolId, clientId: kept.clientId });
      expect(second.issuer).toBe(first.issuer);
      const users = await localCognitoClient(second.endpoint).send(new ListUsersCommand({ UserPoolId: second.userPoolId }));
      expect(users.Users?.map((u) => u.Username)).toEqual(["rita"]);
      await expect(signIn(second, "rita", "Passw0rd!rita")).resolves.toHaveProperty("accessToken");
    } finally {
      await second.stop();
    }
  });

  it("creates the groups it is given on every start, each once, and none unasked", async () => {
    const dataDir = newDataDir();
    const bare = await startLocalCognito({ dataDir });
    const kept = { port: bare.port };
    try {
      expect(await groupNames(bare)).toEqual([]);
    } finally {
      await bare.stop();
    }
    const first = await startLocalCognito({ dataDir, port: kept.port, groups: [EDITORS] });
    try {
      expect(await groupNames(first)).toEqual([EDITORS]);
    } finally {
      await first.stop();
    }
    const second = await startLocalCognito({ dataDir, port: kept.port, groups: [EDITORS, "reviewers"] });
    try {
      expect(await groupNames(second)).toEqual([EDITORS, "reviewers"]);
    } finally {
      await second.stop();
    }
  });

  it("stops cleanly: the port is free afterwards", async () => {
    const cognito = await startLocalCognito({ dataDir: newDataDir() });
    await cognito.stop();
    expect(listeningAddresses(cognito.port)).toEqual([]);
  });
});
