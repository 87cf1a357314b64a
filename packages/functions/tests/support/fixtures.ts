import { APIGatewayClient, GetApiKeyCommand, GetApiKeysCommand, GetUsagePlansCommand } from "@aws-sdk/client-api-gateway";
import { AdminCreateUserCommand, AdminSetUserPasswordCommand, CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import type { PartnerWithKey, RouteName } from "@linkgate/contract";
import { createCore, type UserCaller } from "@linkgate/core";
import { anAdmin, aUser } from "@linkgate/core/testing";
import { randomBytes } from "node:crypto";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { inject } from "vitest";
import { readFunctionsConfig } from "../../src/config";
import { handlerEntryFor } from "../../src/entries";
import { invoke, proxyEvent, type InvokeResult, type ProxyEventInput } from "../../src/testing/index";
import type { ProxyHandler } from "../../src/edge/define-handler";

/** What the setup file pointed the functions at, read the way the handlers read it. */
export const config = readFunctionsConfig();
/** A core on the same tables, to arrange and check state directly. */
export const core = createCore({ tableNames: config.tableNames, shortBaseUrl: config.shortBaseUrl, cursorSecret: config.cursorSecret });
export const apiGateway = new APIGatewayClient({});
export const cognito = new CognitoIdentityProviderClient({ maxAttempts: 1 });
export { anAdmin, aUser };

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "../../../..");
const handlers = new Map<string, ProxyHandler>();
async function handlerFor(route: RouteName): Promise<ProxyHandler> {
  const found = handlers.get(route);
  if (found) return found;
  const entry = handlerEntryFor(route);
  const module = (await import(/* @vite-ignore */ join(repoRoot, entry.file))) as Record<string, ProxyHandler>;
  const handler = module[entry.export];
  if (!handler) throw new Error(`${entry.file} exports no '${entry.export}'.`);
  handlers.set(route, handler);
  return handler;
}

/** Calls the real handler of a route with an event built for it. */
export async function call<Body = unknown>(input: ProxyEventInput): Promise<InvokeResult<Body>> {
  return invoke<Body>(await handlerFor(input.route), proxyEvent({ stage: config.stage, ...input }));
}

export const unique = (label: string) => `${label}${randomBytes(4).toString("hex")}`;

/** Creates a partner through the admin route, as the console does. */
export async function createPartner(planId = "free", admin: UserCaller = anAdmin()): Promise<PartnerWithKey> {
  const created = await call<PartnerWithKey>({ route: "createPartner", caller: admin, body: { name: unique("Acme "), contactEmail: "dev@acme.test", planId } });
  if (created.status !== 201) throw new Error(`createPartner answered ${created.status}: ${JSON.stringify(created.body)}`);
  return created.body;
}

export async function apiKey(id: string) {
  return apiGateway.send(new GetApiKeyCommand({ apiKey: id, includeValue: false }));
}

export async function apiKeysNamed(name: string) {
  return (await apiGateway.send(new GetApiKeysCommand({ nameQuery: name, limit: 500 }))).items ?? [];
}

/** Names of this suite's usage plans the key is in. */
export async function plansOfKey(keyId: string): Promise<string[]> {
  const found = await apiGateway.send(new GetUsagePlansCommand({ keyId, limit: 500 }));
  return (found.items ?? []).filter((plan) => plan.apiStages?.some((s) => s.apiId === config.restApiId)).map((plan) => plan.name ?? "");
}

/** A confirmed Cognito user with an email, and the caller the authorizer would make of them. */
export async function createCognitoUser(username: string, groups: string[] = []): Promise<UserCaller> {
  const email = `${username}@example.test`;
  const created = await cognito.send(
    new AdminCreateUserCommand({ UserPoolId: config.userPoolId, Username: username, MessageAction: "SUPPRESS", UserAttributes: [{ Name: "email", Value: email }] }),
  );
  await cognito.send(new AdminSetUserPasswordCommand({ UserPoolId: config.userPoolId, Username: username, Password: "Passw0rd!local", Permanent: true }));
  const sub = created.User?.Attributes?.find((attribute) => attribute.Name === "sub")?.Value ?? "";
  return { kind: "user", sub, username, email, groups };
}

/** How often this suite's stage had its authorizer cache flushed (the control plane counts). */
export async function authorizerFlushes(): Promise<number> {
  const response = await fetch(`${inject("controlPlaneUrl")}/_emulator/metrics`);
  const metrics = (await response.json()) as { authorizerCacheFlushes: Record<string, number> };
  return metrics.authorizerCacheFlushes[`${config.restApiId}/${config.stage}`] ?? 0;
}
