import { APIGatewayClient, GetApiKeyCommand } from "@aws-sdk/client-api-gateway";
import { CognitoIdentityProviderClient, InitiateAuthCommand } from "@aws-sdk/client-cognito-identity-provider";
import { ADMIN_GROUP, ApiError, createApiClient, defaultPlanId } from "@linkgate/contract";
import { randomBytes } from "node:crypto";
import { ensureUsagePlans } from "./seed-plans";
import { ensureUser } from "./seed-users";
import type { StackInfo } from "./stack-file";
import type { RunningStack } from "./start-stack";

export const ADMIN_USERNAME = "admin";
export const USER_USERNAME = "demo-user";
const DEMO_PARTNER_NAME = "Demo partner";

/** A password the local Cognito and a real pool's default policy both accept. */
function newPassword(): string {
  return `Lg-${randomBytes(12).toString("base64url")}9a!`;
}

/**
 * Seeds what a fresh stack needs to be useful: the contract's usage plans (as SST would create them),
 * an admin, a user and a demo partner with its API key — the partner through the API itself, as an
 * admin would. `previous` (the last stack.json) makes a second start reuse credentials and the partner.
 */
export async function seedStack(stack: RunningStack, previous: StackInfo | undefined): Promise<Omit<StackInfo, "consoleUrl">> {
  const credentials = { region: "us-east-1", credentials: { accessKeyId: "local", secretAccessKey: "local" }, maxAttempts: 1 };
  const apigateway = new APIGatewayClient({ ...credentials, endpoint: stack.controlPlaneUrl });
  const cognito = new CognitoIdentityProviderClient({ ...credentials, endpoint: stack.cognito.endpoint });
  await ensureUsagePlans(apigateway, { restApiId: stack.restApiId, stage: stack.stage });

  const admin = { username: ADMIN_USERNAME, password: previous?.admin.password ?? newPassword() };
  const user = { username: USER_USERNAME, password: previous?.user.password ?? newPassword() };
  await ensureUser(cognito, stack.cognito.userPoolId, { ...admin, email: "admin@linkgate.local", groups: [ADMIN_GROUP] });
  await ensureUser(cognito, stack.cognito.userPoolId, { ...user, email: "user@linkgate.local", groups: [] });

  const signedIn = await cognito.send(
    new InitiateAuthCommand({ ClientId: stack.cognito.clientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: admin.username, PASSWORD: admin.password } }),
  );
  const accessToken = signedIn.AuthenticationResult?.AccessToken;
  if (!accessToken) throw new Error("The seeded admin could not sign in to the local Cognito.");
  const api = createApiClient({ baseUrl: stack.apiUrl, accessToken: () => accessToken });
  const partner =
    previous && (await partnerStillExists(api, previous.partner.id))
      ? previous.partner
      : ((await findDemoPartner(api, apigateway)) ?? (await createDemoPartner(api)));

  return {
    apiUrl: stack.apiUrl,
    controlPlaneUrl: stack.controlPlaneUrl,
    cloudwatchUrl: stack.cloudwatchUrl,
    webSocketUrl: stack.webSocketUrl,
    webSocketManagementUrl: stack.webSocketManagementUrl,
    dynamodbEndpoint: stack.dynamodbEndpoint,
    cognito: { endpoint: stack.cognito.endpoint, userPoolId: stack.cognito.userPoolId, clientId: stack.cognito.clientId, confirmationCodesFile: stack.cognito.confirmationCodesFile },
    admin,
    user,
    partner,
  };
}

async function partnerStillExists(api: ReturnType<typeof createApiClient>, id: string): Promise<boolean> {
  try {
    const partner = await api.call("getPartner", { path: { partnerId: id } });
    return partner.status === "active";
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return false;
    throw error;
  }
}

/**
 * The demo partner already in the data, when stack.json was lost: found by its name, its key's
 * value read back from the control plane (GetApiKey with includeValue, as an admin would on AWS).
 */
async function findDemoPartner(api: ReturnType<typeof createApiClient>, apigateway: APIGatewayClient): Promise<StackInfo["partner"] | undefined> {
  for (let cursor: string | undefined; ; ) {
    const page = await api.call("listPartners", { query: cursor ? { cursor } : {} });
    const found = page.items.find((partner) => partner.name === DEMO_PARTNER_NAME && partner.status === "active" && partner.apiKeyId);
    if (found?.apiKeyId) {
      const key = await apigateway.send(new GetApiKeyCommand({ apiKey: found.apiKeyId, includeValue: true }));
      if (key.value) return { id: found.id, apiKey: key.value, plan: found.planId };
    }
    cursor = page.nextCursor ?? undefined;
    if (!cursor) return undefined;
  }
}

async function createDemoPartner(api: ReturnType<typeof createApiClient>): Promise<StackInfo["partner"]> {
  const created = await api.call("createPartner", { body: { name: DEMO_PARTNER_NAME, contactEmail: "partner@linkgate.local", planId: defaultPlanId } });
  return { id: created.partner.id, apiKey: created.apiKey.value, plan: created.partner.planId };
}
