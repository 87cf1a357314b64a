import type { UpgradeRequest, UpgradeRequestStatus } from "@linkgate/contract";
import { Conflict, type PartnerAccountCaller } from "@linkgate/core";
import { adminServices } from "../admin/index";
import { logger } from "../observability/logger";
import type { Runtime } from "../runtime";

/** Plan upgrade requests: partners ask (portal), admins decide; approval is partner-admin's plan change. */
export function upgradeRequests(rt: Runtime) {
  const { core } = rt;
  const services = adminServices(rt);

  return {
    /** Any plan of this stage (404 otherwise: the contract's or one an admin added) other than the current one. */
    async open(caller: PartnerAccountCaller, planId: string): Promise<UpgradeRequest> {
      const partner = await core.partners.getByAccount(caller.sub);
      if (partner.planId === planId) throw new Conflict(`You are already on plan '${planId}'.`);
      await services.planDirectory.get(planId);
      return core.upgradeRequests.open({ partnerId: partner.id, fromPlanId: partner.planId, planId });
    },

    mine: async (caller: PartnerAccountCaller) => ({ items: await core.upgradeRequests.ofPartner((await core.partners.getByAccount(caller.sub)).id) }),

    list: async (status?: UpgradeRequestStatus) => ({ items: await core.upgradeRequests.list(status) }),

    /**
     * Moves the partner's key to the plan's usage plan first (the gateway applies its throttle on
     * the next call), then marks the request approved; the plan change is idempotent, so an
     * approval that failed half-way can be repeated.
     */
    async approve(requestId: string): Promise<UpgradeRequest> {
      const request = await core.upgradeRequests.get(requestId);
      if (request.status !== "pending") throw new Conflict(`Upgrade request '${requestId}' is already ${request.status}.`);
      await services.partners.update(request.partnerId, { planId: request.planId });
      const approved = await core.upgradeRequests.decide(requestId, { status: "approved" }, request);
      logger.info("upgrade request approved", { requestId, partnerId: request.partnerId, planId: request.planId });
      return approved;
    },

    refuse: (requestId: string, reason?: string) => core.upgradeRequests.decide(requestId, { status: "refused", ...(reason !== undefined ? { reason } : {}) }),
  };
}
