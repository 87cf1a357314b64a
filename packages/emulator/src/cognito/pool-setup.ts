import {
  CreateGroupCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  DescribeUserPoolClientCommand,
  ListGroupsCommand,
  ResourceNotFoundException,
  type CognitoIdentityProviderClient,
} from "@aws-sdk/client-cognito-identity-provider";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const POOL_NAME = "linkgate-local";
const CLIENT_NAME = "linkgate-console";

export interface PoolIds {
  readonly userPoolId: string;
  readonly clientId: string;
}

/**
 * Creates the user pool, its app client and the caller's `groups` the first time, and reuses them on
 * later starts: the ids are kept in `idsFile`, so tokens, seeded users and stack.json stay valid
 * across restarts. Anything missing (a wiped .cognito folder) is created again.
 */
export async function ensurePool(client: CognitoIdentityProviderClient, idsFile: string, groups: readonly string[]): Promise<PoolIds> {
  const saved = readSavedIds(idsFile);
  const ids = saved && (await stillExists(client, saved)) ? saved : await createPool(client);
  await ensureGroups(client, ids.userPoolId, groups);
  if (ids !== saved) writeFileSync(idsFile, `${JSON.stringify(ids, null, 2)}\n`);
  return ids;
}

function readSavedIds(idsFile: string): PoolIds | undefined {
  if (!existsSync(idsFile)) return undefined;
  const parsed = JSON.parse(readFileSync(idsFile, "utf8")) as Partial<PoolIds>;
  return parsed.userPoolId && parsed.clientId ? { userPoolId: parsed.userPoolId, clientId: parsed.clientId } : undefined;
}

async function stillExists(client: CognitoIdentityProviderClient, ids: PoolIds): Promise<boolean> {
  try {
    await client.send(new DescribeUserPoolClientCommand({ UserPoolId: ids.userPoolId, ClientId: ids.clientId }));
    return true;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return false;
    throw error;
  }
}

async function createPool(client: CognitoIdentityProviderClient): Promise<PoolIds> {
  const pool = await client.send(
    new CreateUserPoolCommand({
      PoolName: POOL_NAME,
      // Same sign-up shape as the deployed pool: username sign-in, email verified by code.
      AutoVerifiedAttributes: ["email"],
      UsernameAttributes: [],
    }),
  );
  const userPoolId = pool.UserPool?.Id;
  if (!userPoolId) throw new Error("The local Cognito created a user pool without an id.");
  const appClient = await client.send(
    new CreateUserPoolClientCommand({
      UserPoolId: userPoolId,
      ClientName: CLIENT_NAME,
      ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
    }),
  );
  const clientId = appClient.UserPoolClient?.ClientId;
  if (!clientId) throw new Error("The local Cognito created an app client without an id.");
  return { userPoolId, clientId };
}

async function ensureGroups(client: CognitoIdentityProviderClient, userPoolId: string, groups: readonly string[]): Promise<void> {
  if (groups.length === 0) return;
  // ListGroups rather than GetGroup: cognito-local answers a missing group with an unnamed error.
  const existing = await client.send(new ListGroupsCommand({ UserPoolId: userPoolId }));
  const names = new Set(existing.Groups?.map((group) => group.GroupName));
  for (const group of groups) {
    if (!names.has(group)) await client.send(new CreateGroupCommand({ UserPoolId: userPoolId, GroupName: group }));
  }
}
