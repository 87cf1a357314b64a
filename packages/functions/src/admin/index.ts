import { APIGatewayClient } from "@aws-sdk/client-api-gateway";
import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { awsClientOptions } from "@linkgate/core";
import type { Runtime } from "../runtime";
import { createApiKeys } from "./api-keys";
import { createAuthorizerCache } from "./authorizer-cache";
import { createPartnerAdmin } from "./partner-admin";
import { createPartnerUsage } from "./partner-usage";
import { createPlanAdmin } from "./plan-admin";
import { createPlanDirectory } from "./plan-directory";
import { createUserAdmin } from "./user-admin";

const built = new WeakMap<Runtime, ReturnType<typeof buildAdminServices>>();

/** The admin services bound to one runtime (its clients, stage and pool), built once per runtime. */
export function adminServices(rt: Runtime) {
  let services = built.get(rt);
  if (!services) built.set(rt, (services = buildAdminServices(rt)));
  return services;
}

/**
 * SDK clients take region, credentials and endpoints (`AWS_ENDPOINT_URL_API_GATEWAY`,
 * `AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER`) from the standard environment: no code knows
 * whether it runs against AWS or the local stack. Their timeouts are core's, as for DynamoDB.
 */
function buildAdminServices(rt: Runtime) {
  const apiGateway = new APIGatewayClient(awsClientOptions());
  const cognito = new CognitoIdentityProviderClient(awsClientOptions());
  const stage = { restApiId: rt.config.restApiId, stage: rt.config.stage };
  const plans = createPlanDirectory(apiGateway, stage);
  const keys = createApiKeys(apiGateway);
  return {
    plans: createPlanAdmin({ apiGateway: apiGateway, plans, stage, core: rt.core }),
    partners: createPartnerAdmin({ core: rt.core, keys, plans }),
    usage: createPartnerUsage({ core: rt.core, apiGateway: apiGateway, plans }),
    users: createUserAdmin({ core: rt.core, cognito: cognito, userPoolId: rt.config.userPoolId, authorizerCache: createAuthorizerCache(apiGateway, stage) }),
  };
}

export type AdminServices = ReturnType<typeof adminServices>;
export { createApiKeys, createPartnerAdmin, createPlanDirectory };
