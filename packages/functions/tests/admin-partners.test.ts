import { partnerSchema, partnerUsageSchema, partnerWithKeySchema, quotaGrantSchema } from "@linkgate/contract";
import { Conflict, partnerOwnerId } from "@linkgate/core";
import { describe, expect, it } from "vitest";
import { createApiKeys, createPartnerAdmin, createPlanDirectory } from "../src/admin/index";
import { anAdmin, apiGateway, apiKey, apiKeysNamed, call, config, core, createPartner, plansOfKey, unique } from "./support/fixtures";

const admin = anAdmin();

/** The partner service with a fixed partner id, to make a step fail for real. */
function partnerAdmin(partnerId: string) {
  const stage = { restApiId: config.restApiId, stage: config.stage };
  return createPartnerAdmin({ core, keys: createApiKeys(apiGateway), plans: createPlanDirectory(apiGateway, stage), newPartnerId: () => partnerId });
}

describe("admin: partners and their keys", () => {
  it("creates a partner: an enabled key in the plan's usage plan, stored, value shown once", async () => {
    const created = partnerWithKeySchema.parse(
      (await call({ route: "createPartner", caller: admin, body: { name: "Globex", contactEmail: "api@globex.test", planId: "pro" } })).body,
    );
    expect(created.partner).toMatchObject({ name: "Globex", planId: "pro", status: "active", apiKeyId: created.apiKey.id });
    expect(created.apiKey.value.length).toBeGreaterThanOrEqual(20);
    expect((await apiKey(created.apiKey.id)).enabled).toBe(true);
    expect(await plansOfKey(created.apiKey.id)).toEqual(["pro"]);
    expect(partnerSchema.parse((await call({ route: "getPartner", caller: admin, pathParameters: { partnerId: created.partner.id } })).body).apiKeyId).toBe(created.apiKey.id);
    // The partner's link limit is its plan's.
    expect((await core.owners.get(partnerOwnerId(created.partner.id))).linkLimit).toBe(10_000);
  });

  it("refuses an unknown plan with 404 before creating any key", async () => {
    const refused = await call<{ code: string }>({ route: "createPartner", caller: admin, body: { name: "Nope", contactEmail: "a@b.test", planId: "platinum" } });
    expect([refused.status, refused.body.code]).toEqual([404, "not_found"]);
    const partnerId = unique("p_noplan");
    await expect(partnerAdmin(partnerId).create({ name: "Nope", contactEmail: "a@b.test", planId: "platinum" })).rejects.toThrow(/No plan 'platinum'/);
    expect(await apiKeysNamed(partnerId)).toEqual([]);
  });

  it("deletes the new key when storing the partner fails (no orphan key)", async () => {
    const partnerId = unique("p_dup");
    const partners = partnerAdmin(partnerId);
    await partners.create({ name: "First", contactEmail: "a@b.test", planId: "free" });
    expect(await apiKeysNamed(partnerId)).toHaveLength(1);

    // Same id again: the key is created and attached, then the conditional put fails for real.
    await expect(partners.create({ name: "Second", contactEmail: "a@b.test", planId: "free" })).rejects.toBeInstanceOf(Conflict);
    const keys = await apiKeysNamed(partnerId);
    expect(keys).toHaveLength(1);
    expect((await core.partners.get(partnerId)).apiKeyId).toBe(keys[0]?.id);
  });

  it("rotates a key: the new key works at once, the old one is gone", async () => {
    const { partner, apiKey: oldKey } = await createPartner("free", admin);
    const rotated = partnerWithKeySchema.parse((await call({ route: "rotatePartnerKey", caller: admin, pathParameters: { partnerId: partner.id } })).body);
    expect(rotated.apiKey.id).not.toBe(oldKey.id);
    expect(rotated.partner.apiKeyId).toBe(rotated.apiKey.id);
    expect(await plansOfKey(rotated.apiKey.id)).toEqual(["free"]);
    expect(await apiKeysNamed(partner.id)).toHaveLength(1);
    expect((await call({ route: "listLinks", apiKeyId: rotated.apiKey.id })).status).toBe(200);
    expect((await call({ route: "listLinks", apiKeyId: oldKey.id })).status).toBe(403);
  });

  it("revokes: the key is disabled at once, the partner kept as revoked; rotating gives access back", async () => {
    const { partner, apiKey: key } = await createPartner("free", admin);
    const revoked = partnerSchema.parse((await call({ route: "revokePartner", caller: admin, pathParameters: { partnerId: partner.id } })).body);
    expect([revoked.status, revoked.apiKeyId]).toEqual(["revoked", null]);
    expect((await apiKey(key.id)).enabled).toBe(false);
    expect((await call({ route: "revokePartner", caller: admin, pathParameters: { partnerId: partner.id } })).status).toBe(200);
    const revokedList = await call<{ items: { id: string }[] }>({ route: "listPartners", caller: admin, query: { status: "revoked", limit: "100" } });
    expect(revokedList.body.items.map((item) => item.id)).toContain(partner.id);

    const back = partnerWithKeySchema.parse((await call({ route: "rotatePartnerKey", caller: admin, pathParameters: { partnerId: partner.id } })).body);
    expect(back.partner.status).toBe("active");
    expect((await call({ route: "listLinks", apiKeyId: back.apiKey.id })).status).toBe(200);
  });

  it("changes plan: the key moves between usage plans and the link limit follows", async () => {
    const { partner, apiKey: key } = await createPartner("free", admin);
    const moved = partnerSchema.parse((await call({ route: "updatePartner", caller: admin, pathParameters: { partnerId: partner.id }, body: { planId: "enterprise", name: "Renamed" } })).body);
    expect([moved.planId, moved.name]).toEqual(["enterprise", "Renamed"]);
    expect(await plansOfKey(key.id)).toEqual(["enterprise"]);
    expect((await core.owners.get(partnerOwnerId(partner.id))).linkLimit).toBe(1_000_000);

    const refused = await call<{ code: string }>({ route: "updatePartner", caller: admin, pathParameters: { partnerId: partner.id }, body: { planId: "platinum" } });
    expect(refused.status).toBe(404);
    expect(await plansOfKey(key.id)).toEqual(["enterprise"]);
  });

  it("grants extra calls for the current period (UpdateUsage) and reports usage per day", async () => {
    const { partner } = await createPartner("free", admin);
    const grant = quotaGrantSchema.parse(
      (await call({ route: "createQuotaGrant", caller: admin, pathParameters: { partnerId: partner.id }, body: { extraCalls: 250, reason: "launch week" } })).body,
    );
    expect(grant).toMatchObject({ partnerId: partner.id, extraCalls: 250, reason: "launch week", usage: { planId: "free", used: 0, remaining: 1_250 } });

    const today = new Date().toISOString().slice(0, 10);
    const usage = partnerUsageSchema.parse((await call({ route: "getPartnerUsage", caller: admin, pathParameters: { partnerId: partner.id }, query: { from: today, to: today } })).body);
    expect(usage.days).toEqual([{ day: today, used: 0, remaining: 1_250 }]);

    await call({ route: "revokePartner", caller: admin, pathParameters: { partnerId: partner.id } });
    const refused = await call<{ code: string }>({ route: "createQuotaGrant", caller: admin, pathParameters: { partnerId: partner.id }, body: { extraCalls: 1 } });
    expect([refused.status, refused.body.code]).toEqual([409, "conflict"]);
  });

  it("answers 404 for an unknown partner", async () => {
    expect((await call({ route: "getPartner", caller: admin, pathParameters: { partnerId: "p_nobody" } })).status).toBe(404);
    expect((await call({ route: "rotatePartnerKey", caller: admin, pathParameters: { partnerId: "p_nobody" } })).status).toBe(404);
  });
});

describe("admin: partners whose key vanished outside Linkgate", () => {
  it("still revokes and rotates (a deleted key is as unusable as a disabled one)", async () => {
    const { partner, apiKey: key } = await createPartner("free", anAdmin());
    await createApiKeys(apiGateway).delete(key.id);
    expect((await call({ route: "revokePartner", caller: anAdmin(), pathParameters: { partnerId: partner.id } })).status).toBe(200);
    const rotated = partnerWithKeySchema.parse((await call({ route: "rotatePartnerKey", caller: anAdmin(), pathParameters: { partnerId: partner.id } })).body);
    expect(await apiKeysNamed(partner.id)).toEqual([expect.objectContaining({ id: rotated.apiKey.id, enabled: true })]);
  });
});
