import { AdminDeleteUserCommand } from "@aws-sdk/client-cognito-identity-provider";
import { CreateTableCommand, DynamoDBClient, PutItemCommand } from "@aws-sdk/client-dynamodb";
import { ADMIN_GROUP } from "@linkgate/contract/groups";
import { userOwnerId } from "@linkgate/core/owner-id";
import { applyLocalAwsEnv, uniqueTablePrefix } from "@linkgate/emulator/testing";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { localModeEnvironment } from "../config";
import { createTestUser, localCognitoClient, signIn, startLocalCognito, type LocalCognito, type SignInTokens, type TestUser } from "./emulator-cognito";
import { createTokenContext, type TokenContext } from "./token-context";

export interface AuthorizerFixture {
  readonly ctx: TokenContext;
  readonly cognito: LocalCognito;
  readonly ownersTable: string;
  readonly user: TestUser & SignInTokens;
  readonly admin: TestUser & SignInTokens;
  setDisabled(sub: string, disabled: boolean): Promise<void>;
  stop(): Promise<void>;
}

async function signedIn(cognito: LocalCognito, input: Parameters<typeof createTestUser>[1]): Promise<TestUser & SignInTokens> {
  const user = await createTestUser(cognito, input);
  return { ...user, ...(await signIn(cognito, user.username, user.password)) };
}

async function createOwnersTable(ddb: DynamoDBClient, name: string): Promise<void> {
  await ddb.send(
    new CreateTableCommand({
      TableName: name,
      BillingMode: "PAY_PER_REQUEST",
      AttributeDefinitions: [{ AttributeName: "ownerId", AttributeType: "S" }],
      KeySchema: [{ AttributeName: "ownerId", KeyType: "HASH" }],
    }),
  );
}

/**
 * Everything the authorizer tests need, all real: a local Cognito with a user, an admin, a disabled
 * and a deleted user (signed in), an Owners table in DynamoDB Local, and the authorizer's
 * environment set for local mode (before the handler is imported).
 */
export async function startAuthorizerFixture(dynamodbEndpoint: string): Promise<AuthorizerFixture> {
  applyLocalAwsEnv();
  process.env.AWS_ENDPOINT_URL_DYNAMODB = dynamodbEndpoint;
  const cognito = await startLocalCognito({ dataDir: mkdtempSync(join(tmpdir(), "linkgate-authorizer-")), groups: [ADMIN_GROUP] });
  const ddb = new DynamoDBClient({ maxAttempts: 1 });
  const ownersTable = `${uniqueTablePrefix("authorizer")}Owners`;
  const setDisabled = async (sub: string, disabled: boolean) => {
    await ddb.send(new PutItemCommand({ TableName: ownersTable, Item: { ownerId: { S: userOwnerId(sub) }, disabled: { BOOL: disabled } } }));
  };
  try {
    await createOwnersTable(ddb, ownersTable);
    const user = await signedIn(cognito, { username: "ulla", email: "ulla@example.test" });
    const admin = await signedIn(cognito, { username: "ada", email: "ada@example.test", groups: [ADMIN_GROUP] });
    const disabled = await signedIn(cognito, { username: "dora" });
    const deleted = await signedIn(cognito, { username: "dan" });
    await setDisabled(user.sub, false);
    await setDisabled(disabled.sub, true);
    // How a delete reaches the authorizer: the admin delete marks the owner record disabled, then deletes the Cognito user.
    await setDisabled(deleted.sub, true);
    await localCognitoClient(cognito.endpoint).send(new AdminDeleteUserCommand({ UserPoolId: cognito.userPoolId, Username: deleted.username }));
    Object.assign(process.env, localModeEnvironment({ ...cognito, ownersTable }), { POWERTOOLS_LOG_LEVEL: "ERROR" });
    return { ctx: createTokenContext({ cognito, user, disabledUserAccessToken: disabled.accessToken, deletedUserAccessToken: deleted.accessToken }), cognito, ownersTable, user, admin, setDisabled, stop: () => cognito.stop() };
  } catch (error) {
    await cognito.stop();
    throw error;
  }
}
