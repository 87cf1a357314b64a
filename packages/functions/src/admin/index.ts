import { APIGatewayClient } from "@aws-sdk/client-api-gateway";
import { awsClientOptions } from "@linkgate/core";
import type { FunctionsConfig } from "../config";
import type { RequestRuntime } from "../request-runtime";
import type { Runtime } from "../runtime";
import { createApiKeys } from "./api-keys";
import { createPartnerAdmin } from "./partner-admin";
import { createPartnerUsage } from "./partner-usage";
import { createPlanAdmin } from "./plan-admin";
import { createPlanDirectory } from "./plan-directory";

/**
 * The admin services that need API Gateway's management API only (plans, partners' keys, usage),
 * bound to one runtime and built once per runtime. User administration, which also needs Cognito,
 * is `userAdmin` (admin/user-services.ts): a function bundles and loads the Cognito SDK only there.
 *
 * SDK clients take region, credentials and endpoints (`AWS_ENDPOINT_URL_API_GATEWAY`,
 * `AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER`) from the standard environment: no code knows
 * whether it runs against AWS or the local stack. Their timeouts are core's, as for DynamoDB.
 */
export function adminServices(rt: Runtime) {
  let services = built.get(rt);
  if (!services) built.set(rt, (services = buildAdminServices(rt)));
  return services;
}

const built = new WeakMap<Runtime, ReturnType<typeof buildAdminServices>>();

function buildAdminServices(rt: Runtime) {
  const apiGateway = apiGatewayOf(rt);
  const stage = stageOf(rt);
  const plans = createPlanDirectory(apiGateway, stage);
  const keys = createApiKeys(apiGateway);
  return {
    plans: createPlanAdmin({ apiGateway: apiGateway, plans, stage, core: rt.core }),
    partners: createPartnerAdmin({ core: rt.core, keys, plans }),
    usage: createPartnerUsage({ core: rt.core, apiGateway: apiGateway, plans }),
    /** The stage's plans as usage plans (lookups only; changes go through `plans`). */
    planDirectory: plans,
  };
}

/** A partner's own usage (`GET /v1/usage`), on the request runtime: no admin service is built or bundled beyond it. */
export function partnerUsageOf(rt: RequestRuntime) {
  let usage = builtUsage.get(rt);
  if (!usage) {
    const apiGateway = apiGatewayOf(rt);
    builtUsage.set(rt, (usage = createPartnerUsage({ core: rt.core, apiGateway, plans: createPlanDirectory(apiGateway, stageOf(rt)) })));
  }
  return usage;
}

const builtUsage = new WeakMap<RequestRuntime, ReturnType<typeof createPartnerUsage>>();

/** Whichever runtime (admin or request): what the API Gateway client and the stage come from. */
type WithConfig = { readonly config: FunctionsConfig };

const apiGatewayClients = new WeakMap<WithConfig, APIGatewayClient>();

/** The runtime's one API Gateway client. */
export function apiGatewayOf(rt: WithConfig): APIGatewayClient {
  let client = apiGatewayClients.get(rt);
  if (!client) apiGatewayClients.set(rt, (client = new APIGatewayClient(awsClientOptions())));
  return client;
}

/** The REST API stage whose usage plans, keys and authorizer cache admins manage. */
export const stageOf = (rt: WithConfig) => ({ restApiId: rt.config.restApiId, stage: rt.config.stage });

export type AdminServices = ReturnType<typeof adminServices>;
export { createApiKeys, createPartnerAdmin, createPlanDirectory };
