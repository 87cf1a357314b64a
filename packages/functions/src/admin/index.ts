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

function buildAdminServices(rt: Runtime) {
  const stage = { restApiId: rt.config.restApiId, stage: rt.config.stage };
  const plans = createPlanDirectory(rt.apiGateway, stage);
  const keys = createApiKeys(rt.apiGateway);
  return {
    plans: createPlanAdmin({ apiGateway: rt.apiGateway, plans, stage, core: rt.core }),
    partners: createPartnerAdmin({ core: rt.core, keys, plans }),
    usage: createPartnerUsage({ core: rt.core, apiGateway: rt.apiGateway, plans }),
    users: createUserAdmin({ core: rt.core, cognito: rt.cognito, userPoolId: rt.config.userPoolId, authorizerCache: createAuthorizerCache(rt.apiGateway, stage) }),
  };
}

export type AdminServices = ReturnType<typeof adminServices>;
export { createApiKeys, createPartnerAdmin, createPlanDirectory };
