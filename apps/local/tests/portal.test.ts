import { describe, expect, it } from "vitest";
import { newPartnerAccount } from "./support/partner-accounts";
import { adminClient, createAnonymousClient, failure, newUser, partnerClient, stack, uniqueId } from "./support/stack-clients";

/** A partner's key straight at the gateway, as a partner's own code would call it. */
const callWithKey = (apiKey: string) => fetch(`${stack().apiUrl}/v1/links`, { headers: { "x-api-key": apiKey } });

async function partnerWithKey(prefix: string) {
  const account = await newPartnerAccount(prefix);
  const created = await account.client.call("createMyPartner", { body: { name: uniqueId("self") } });
  return { ...account, partner: created.partner, apiKey: created.apiKey };
}

describe("partner self-service: sign-up to key, usage, rotation", () => {
  it("signs up, confirms, signs in, gets a free partner with a working key, and sees the call in its usage", async () => {
    const account = await newPartnerAccount("portal");
    expect(account.signedUp).toMatchObject({ username: account.username, confirmed: false });
    expect((await failure(account.client.call("getMyPartner"))).status).toBe(404);

    const created = await account.client.call("createMyPartner", {});
    expect(created.partner).toMatchObject({ name: account.username, contactEmail: account.email, planId: "free", status: "active", apiKeyId: created.apiKey.id });
    expect(created.apiKey.value.length).toBeGreaterThan(10);
    const mine = await account.client.call("getMyPartner");
    expect(mine).toEqual({ ...created.partner, keyId: created.apiKey.id });
    expect(JSON.stringify(mine)).not.toContain(created.apiKey.value);

    expect((await callWithKey(created.apiKey.value)).status).toBe(200);
    const usage = await account.client.call("getMyKeyUsage", { path: { keyId: created.apiKey.id } });
    expect(usage).toMatchObject({ partnerId: created.partner.id, keyId: created.apiKey.id, planId: "free", quota: { limit: 1_000, period: "MONTH" } });
    expect(usage.current.used).toBeGreaterThanOrEqual(1);
    expect(usage.current.used + usage.current.remaining).toBe(1_000);
    expect(usage.days.at(-1)!.used).toBeGreaterThanOrEqual(1);
  });

  it("rotates its key: the old one is refused at the gateway (403), the new one works", async () => {
    const { client, apiKey } = await partnerWithKey("rotate");
    const rotated = await client.call("rotateMyKey", { path: { keyId: apiKey.id } });
    expect(rotated.apiKey.id).not.toBe(apiKey.id);
    expect(rotated.partner.apiKeyId).toBe(rotated.apiKey.id);
    expect((await callWithKey(apiKey.value)).status).toBe(403);
    expect((await callWithKey(rotated.apiKey.value)).status).toBe(200);
  });

  it("revokes its key: 403 at the gateway, the partner is revoked; rotating gives access back", async () => {
    const { client, apiKey } = await partnerWithKey("revoke");
    expect((await callWithKey(apiKey.value)).status).toBe(200);
    const revoked = await client.call("revokeMyKey", { path: { keyId: apiKey.id } });
    expect(revoked).toMatchObject({ status: "revoked", apiKeyId: null });
    const refused = await callWithKey(apiKey.value);
    expect(refused.status).toBe(403);
    // The portal still tells the partner which key it was, so a later session can rotate it.
    const mine = await client.call("getMyPartner");
    expect(mine).toMatchObject({ status: "revoked", apiKeyId: null, keyId: apiKey.id });
    const back = await client.call("rotateMyKey", { path: { keyId: mine.keyId } });
    expect(back.partner.status).toBe("active");
    expect((await callWithKey(back.apiKey.value)).status).toBe(200);
  });
});

describe("plan upgrades", () => {
  it("lists the plans with their limits to anyone, signed in or not, custom plans included", async () => {
    const admin = await adminClient();
    const planId = uniqueId("listed");
    await admin.call("createPlan", { body: { id: planId, name: planId, throttle: { rate: 3, burst: 6 }, quota: { limit: 7_000, period: "WEEK" }, linkLimit: 70 } });
    const listed = await createAnonymousClient().call("listPortalPlans");
    expect(listed.items.find((plan) => plan.id === "free")).toMatchObject({ throttle: { rate: 5, burst: 10 }, quota: { limit: 1_000, period: "MONTH" } });
    expect(listed.items.find((plan) => plan.id === planId)).toMatchObject({ throttle: { rate: 3, burst: 6 }, quota: { limit: 7_000, period: "WEEK" }, linkLimit: 70 });
    const limits = listed.items.map((plan) => plan.quota.limit);
    expect(limits).toEqual([...limits].sort((a, b) => a - b));
  });

  it("asks, one pending at a time; an admin approves and the new plan's throttle applies on the next call", async () => {
    const admin = await adminClient();
    const planId = uniqueId("slow");
    await admin.call("createPlan", { body: { id: planId, name: planId, throttle: { rate: 1, burst: 2 }, quota: { limit: 10_000, period: "DAY" }, linkLimit: 100 } });
    const { client, apiKey, partner } = await partnerWithKey("upgrade");
    const onFree = await Promise.all(Array.from({ length: 5 }, () => callWithKey(apiKey.value)));
    expect(onFree.map((response) => response.status)).toEqual([200, 200, 200, 200, 200]);

    expect((await failure(client.call("createUpgradeRequest", { body: { planId: "free" } }))).status).toBe(409);
    expect((await failure(client.call("createUpgradeRequest", { body: { planId: "no-such-plan" } }))).status).toBe(404);
    const request = await client.call("createUpgradeRequest", { body: { planId } });
    expect(request).toMatchObject({ partnerId: partner.id, fromPlanId: "free", planId, status: "pending", decidedAt: null });
    const second = await failure(client.call("createUpgradeRequest", { body: { planId: "pro" } }));
    expect(second.status).toBe(409);
    expect(second.message).toContain("pending upgrade request");
    expect((await client.call("listMyUpgradeRequests")).items.map((one) => one.id)).toEqual([request.id]);
    expect((await admin.call("listUpgradeRequests", { query: { status: "pending" } })).items.map((one) => one.id)).toContain(request.id);
    // Still on free until approved: asking is not getting.
    expect((await client.call("getMyPartner")).planId).toBe("free");

    const approved = await admin.call("approveUpgradeRequest", { path: { requestId: request.id } });
    expect(approved).toMatchObject({ id: request.id, status: "approved" });
    expect((await failure(admin.call("approveUpgradeRequest", { path: { requestId: request.id } }))).status).toBe(409);
    expect((await client.call("getMyPartner")).planId).toBe(planId);
    expect((await partnerClient(apiKey.value).call("getUsage")).planId).toBe(planId);

    const onSlow = await Promise.all(Array.from({ length: 10 }, () => callWithKey(apiKey.value)));
    expect(onSlow.filter((response) => response.status === 429).length).toBeGreaterThan(0);
  });

  it("lets an admin refuse a request with a reason; the partner may ask again", async () => {
    const admin = await adminClient();
    const { client } = await partnerWithKey("refuse");
    const request = await client.call("createUpgradeRequest", { body: { planId: "pro" } });
    const refused = await admin.call("refuseUpgradeRequest", { path: { requestId: request.id }, body: { reason: "Tell us about your traffic first." } });
    expect(refused).toMatchObject({ status: "refused", reason: "Tell us about your traffic first." });
    expect((await client.call("getMyPartner")).planId).toBe("free");
    await expect(client.call("createUpgradeRequest", { body: { planId: "pro" } })).resolves.toMatchObject({ status: "pending" });
    expect((await failure(admin.call("refuseUpgradeRequest", { path: { requestId: "ur_unknown" } }))).status).toBe(404);
  });
});

describe("portal security", () => {
  it("answers 404 on every key route for another partner's key id", async () => {
    const mine = await partnerWithKey("mine");
    const theirs = await partnerWithKey("theirs");
    const calls = [
      () => mine.client.call("rotateMyKey", { path: { keyId: theirs.apiKey.id } }),
      () => mine.client.call("revokeMyKey", { path: { keyId: theirs.apiKey.id } }),
      () => mine.client.call("getMyKeyUsage", { path: { keyId: theirs.apiKey.id } }),
    ];
    for (const call of calls) expect((await failure(call())).status).toBe(404);
    // Theirs is untouched.
    expect((await callWithKey(theirs.apiKey.value)).status).toBe(200);
    expect((await theirs.client.call("getMyPartner")).apiKeyId).toBe(theirs.apiKey.id);
  });

  it("refuses a user's and an admin's token on /portal (403), and a partner account's on /me and /admin", async () => {
    const user = await newUser("portal-user");
    const admin = await adminClient();
    for (const client of [user.client, admin]) {
      expect((await failure(client.call("getMyPartner"))).status).toBe(403);
      expect((await failure(client.call("createMyPartner", {}))).status).toBe(403);
      expect((await failure(client.call("createUpgradeRequest", { body: { planId: "pro" } }))).status).toBe(403);
    }
    const account = await newPartnerAccount("not-user");
    expect((await failure(account.client.call("getMe"))).status).toBe(403);
    expect((await failure(account.client.call("listPartners"))).status).toBe(403);
  });

  it("refuses a paid plan at sign-up with 400 saying to ask for an upgrade", async () => {
    const account = await newPartnerAccount("paid");
    const refused = await failure(account.client.call("createMyPartner", { body: { planId: "pro" as "free" } }));
    expect(refused.status).toBe(400);
    expect(refused.message).toContain("POST /portal/upgrade-requests");
    expect((await failure(account.client.call("getMyPartner"))).status).toBe(404);
  });

  it("gives one account one partner: a second create is 409, and of parallel creates exactly one wins", async () => {
    const { client } = await partnerWithKey("twice");
    const again = await failure(client.call("createMyPartner", {}));
    expect(again.status).toBe(409);
    expect(again.message).toContain("GET /portal/partner");

    const racer = await newPartnerAccount("race");
    const results = await Promise.allSettled(Array.from({ length: 4 }, () => racer.client.call("createMyPartner", {})));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    for (const result of results.filter((one) => one.status === "rejected")) expect((result.reason as { status: number }).status).toBe(409);
  });

  it("answers an existing username at sign-up with 409 saying to sign in", async () => {
    const account = await newPartnerAccount("dup");
    const duplicate = await failure(createAnonymousClient().call("signUpPartnerAccount", { body: { username: account.username, email: account.email, password: account.password } }));
    expect(duplicate.status).toBe(409);
    expect(duplicate.message).toContain("sign in instead");
  });
});
