import type { CreatePartnerBody, PartnerWithKey, UpdatePartnerBody } from "@linkgate/contract";
import type { Core, Partner } from "@linkgate/core";
import { randomBytes } from "node:crypto";
import { logger } from "../observability/logger";
import type { ApiKeys } from "./api-keys";
import type { PlanDirectory } from "./plan-directory";
import { setPartnerLinkLimit } from "./plan-link-limit";
import { partnerView } from "./partner-view";
import { undo } from "./undo";

export interface PartnerAdminDeps {
  core: Core;
  keys: ApiKeys;
  plans: PlanDirectory;
  /** Partner ids; tests pass a fixed one to make the store step fail for real. */
  newPartnerId?: () => string;
}

/**
 * Partners and their keys: each change spans API Gateway and DynamoDB, so each is ordered to
 * never leave a key without a partner or a partner without a working key, and undoes its earlier
 * steps when a later one fails.
 */
export function createPartnerAdmin(deps: PartnerAdminDeps) {
  const { core, keys, plans } = deps;
  const newPartnerId = deps.newPartnerId ?? (() => `p_${randomBytes(8).toString("hex")}`);

  /**
   * After a rotation has switched the partner, the old key is disabled and deleted. A failure here
   * must not lose the new key's value (shown only in this answer): it is logged instead. The old
   * key then still passes the gateway, but no partner holds it, so the edge refuses it (403).
   */
  async function retireKey(keyId: string, partnerId: string): Promise<void> {
    try {
      await keys.disable(keyId);
      await keys.delete(keyId);
    } catch (error) {
      logger.error("old API key not retired after rotation: disable and delete it by hand", { partnerId, keyId, error: error instanceof Error ? error.message : String(error) });
    }
  }

  return {
    /**
     * Key → attach to the plan's usage plan → store the partner; any failure deletes the key. With
     * `accountSub` (self-service) the store is conditional on the account having no partner yet
     * (core's account-partner.ts): the loser of a race gets Conflict and its key is deleted.
     */
    async create(body: CreatePartnerBody, owner: { accountSub?: string } = {}): Promise<PartnerWithKey> {
      const stagePlan = await plans.get(body.planId);
      const partnerId = newPartnerId();
      const key = await keys.create(partnerId);
      try {
        await keys.attach(stagePlan.usagePlanId, key.id);
        // Before the partner exists: once stored, nothing may fail and leave it without its key.
        await setPartnerLinkLimit(core, partnerId, stagePlan.plan);
        const partner = await core.partners.create({ id: partnerId, name: body.name, contactEmail: body.contactEmail, planId: body.planId, apiKeyId: key.id, ...owner });
        return { partner: partnerView(partner), apiKey: key };
      } catch (error) {
        await undo([{ what: `API key ${key.id} of partner ${partnerId}`, run: () => keys.delete(key.id) }]);
        throw error;
      }
    },

    /**
     * New key → attach → switch the partner to it (and back to active) → disable and delete the
     * old key. Until the switch the old key works; right after it the new one does.
     */
    async rotateKey(partnerId: string): Promise<PartnerWithKey> {
      const current = await core.partners.get(partnerId);
      const stagePlan = await plans.get(current.planId);
      const key = await keys.create(partnerId);
      let partner;
      try {
        await keys.attach(stagePlan.usagePlanId, key.id);
        partner = await core.partners.update(partnerId, { apiKeyId: key.id });
        if (partner.status !== "active") partner = await core.partners.setStatus(partnerId, "active");
      } catch (error) {
        await undo([{ what: `new API key ${key.id} of partner ${partnerId}`, run: () => keys.delete(key.id) }]);
        throw error;
      }
      if (current.apiKeyId) await retireKey(current.apiKeyId, partnerId);
      return { partner: partnerView(partner), apiKey: key };
    },

    /** Disables the key at once (the gateway refuses it on the next call), then marks the partner. */
    async revoke(partnerId: string): Promise<Partner> {
      const current = await core.partners.get(partnerId);
      if (current.apiKeyId) await keys.disable(current.apiKeyId);
      return partnerView(await core.partners.setStatus(partnerId, "revoked"));
    },

    /** A plan change moves the key between usage plans (a key is in one plan per stage), then stores it. */
    async update(partnerId: string, body: UpdatePartnerBody): Promise<Partner> {
      const current = await core.partners.get(partnerId);
      const changes = { ...(body.name !== undefined ? { name: body.name } : {}), ...(body.contactEmail !== undefined ? { contactEmail: body.contactEmail } : {}) };
      if (body.planId === undefined || body.planId === current.planId) {
        return partnerView(Object.keys(changes).length ? await core.partners.update(partnerId, changes) : current);
      }
      const target = await plans.get(body.planId);
      const source = await plans.find(current.planId);
      const keyId = current.apiKeyId;
      if (!keyId) return partnerView(await core.partners.update(partnerId, { ...changes, planId: body.planId }));
      if (source) await keys.detach(source.usagePlanId, keyId);
      const moveBack = { what: `API key ${keyId} back to plan ${current.planId}`, run: () => (source ? keys.attach(source.usagePlanId, keyId) : Promise.resolve()) };
      try {
        await keys.attach(target.usagePlanId, keyId);
      } catch (error) {
        await undo([moveBack]);
        throw error;
      }
      const restoreLimit = { what: `link limit of partner ${partnerId}`, run: () => (source ? setPartnerLinkLimit(core, partnerId, source.plan) : Promise.resolve()) };
      try {
        await setPartnerLinkLimit(core, partnerId, target.plan);
        return partnerView(await core.partners.update(partnerId, { ...changes, planId: body.planId }));
      } catch (error) {
        await undo([moveBack, { what: `API key ${keyId} out of plan ${body.planId}`, run: () => keys.detach(target.usagePlanId, keyId) }, restoreLimit]);
        throw error;
      }
    },
  };
}

export type PartnerAdmin = ReturnType<typeof createPartnerAdmin>;
