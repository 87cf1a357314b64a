import { defaultPlanId, type CreateMyPartnerBody, type DayRangeQuery, type MyPartner, type PartnerWithKey, type PortalKeyUsage } from "@linkgate/contract";
import { NotFound, Validation, type Partner, type PartnerAccountCaller } from "@linkgate/core";
import { adminServices } from "../admin/index";
import { partnerView } from "../admin/partner-view";
import type { Runtime } from "../runtime";

/**
 * A partner account's own partner and key. The partner is always the account's (core's
 * `getByAccount`), never one named in the request; a key id that is not its current key is the
 * same 404 as an unknown one, so another partner's key ids cannot be told apart from made-up ones.
 */
export function myPartner(rt: Runtime) {
  const services = adminServices(rt);

  async function ownKey(caller: PartnerAccountCaller, keyId: string): Promise<Partner & { apiKeyId: string }> {
    const partner = await rt.core.partners.getByAccount(caller.sub);
    // The stored key, also when revoked (the view hides it): rotating a revoked key gives access back.
    if (partner.apiKeyId !== keyId) throw new NotFound(`You have no API key '${keyId}': GET /portal/partner shows yours.`);
    return { ...partner, apiKeyId: keyId };
  }

  return {
    /**
     * On the free plan only: a paid plan is an upgrade request (the contract refuses any other
     * planId). `accountEmail` is the contact when none is given (passed in, so only this route's
     * function bundles the Cognito SDK: portal/account-email.ts).
     */
    async create(caller: PartnerAccountCaller, body: CreateMyPartnerBody, accountEmail: () => Promise<string | undefined>): Promise<PartnerWithKey> {
      await rt.core.partners.assertAccountHasNoPartner(caller.sub);
      const contactEmail = body?.contactEmail ?? caller.email ?? (await accountEmail());
      if (!contactEmail) throw Validation.field("contactEmail", "Your account has no email address: give contactEmail.");
      const name = body?.name ?? caller.username;
      return services.partners.create({ name, contactEmail, planId: defaultPlanId }, { accountSub: caller.sub });
    },

    async get(caller: PartnerAccountCaller): Promise<MyPartner> {
      const partner = await rt.core.partners.getByAccount(caller.sub);
      if (!partner.apiKeyId) throw new Error(`Partner '${partner.id}' has no API key on record.`);
      return { ...partnerView(partner), keyId: partner.apiKeyId };
    },

    rotate: async (caller: PartnerAccountCaller, keyId: string) => services.partners.rotateKey((await ownKey(caller, keyId)).id),

    revoke: async (caller: PartnerAccountCaller, keyId: string) => services.partners.revoke((await ownKey(caller, keyId)).id),

    async usage(caller: PartnerAccountCaller, keyId: string, query: DayRangeQuery): Promise<PortalKeyUsage> {
      const partner = await ownKey(caller, keyId);
      const [perDay, current] = await Promise.all([
        services.usage.perDay(partner.id, query),
        services.usage.ofPartner({ kind: "partner", partnerId: partner.id, apiKeyId: keyId }),
      ]);
      return { ...perDay, keyId, current };
    },
  };
}
