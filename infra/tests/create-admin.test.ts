import { AdminGetUserCommand, AdminListGroupsForUserCommand, type CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { ADMIN_GROUP } from "@linkgate/contract";
import { localCognitoClient, startLocalCognito, type LocalCognito } from "@linkgate/emulator";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdmin } from "../scripts/admin-user";

// The first-admin script's work, against the local Cognito (same API as the deployed pool).

let dataDir: string;
let cognito: LocalCognito;
let client: CognitoIdentityProviderClient;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "linkgate-create-admin-"));
  // The deployed pool gets the group from infra/auth.ts; the local one is told to make it.
  cognito = await startLocalCognito({ dataDir, groups: [ADMIN_GROUP] });
  client = localCognitoClient(cognito.endpoint);
});
afterAll(async () => {
  client?.destroy();
  await cognito?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function groupsOf(username: string): Promise<string[]> {
  const groups = await client.send(new AdminListGroupsForUserCommand({ UserPoolId: cognito.userPoolId, Username: username }));
  return (groups.Groups ?? []).map((group) => group.GroupName ?? "");
}

describe("createAdmin", () => {
  it("creates a confirmed user with a permanent password in the admins group", async () => {
    const result = await createAdmin(client, { userPoolId: cognito.userPoolId, email: "ada@example.test", password: "Correct-Horse-9" });

    expect(result).toEqual({ username: "ada@example.test", created: true, passwordSet: "permanent" });
    const user = await client.send(new AdminGetUserCommand({ UserPoolId: cognito.userPoolId, Username: "ada@example.test" }));
    expect(user.UserStatus).toBe("CONFIRMED");
    expect(await groupsOf("ada@example.test")).toEqual(["admins"]);
  });

  it("leaves a temporary password to be changed at first sign-in", async () => {
    await createAdmin(client, { userPoolId: cognito.userPoolId, email: "tmp@example.test", password: "Temporary-Pass-1", temporary: true });

    const user = await client.send(new AdminGetUserCommand({ UserPoolId: cognito.userPoolId, Username: "tmp@example.test" }));
    expect(user.UserStatus).toBe("FORCE_CHANGE_PASSWORD");
  });

  it("can run again for an existing user", async () => {
    const again = await createAdmin(client, { userPoolId: cognito.userPoolId, email: "ada@example.test", password: "Another-Pass-42" });

    expect(again.created).toBe(false);
    expect(await groupsOf("ada@example.test")).toEqual(["admins"]);
  });
});
