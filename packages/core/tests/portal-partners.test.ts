import { beforeAll, describe, expect, it } from "vitest";
import { Conflict, NotFound, type Core } from "../src/index";
import { createTestCore } from "../src/testing/index";
import { uniqueTablePrefix } from "./local-aws";

let n = 0;
const forAccount = (accountSub: string) => {
  n += 1;
  return { name: `Self ${n}`, contactEmail: `self${n}@partner.test`, planId: "free", apiKeyId: `key-self-${n}-${Date.now()}`, accountSub };
};

describe("self-service partners: one per account", () => {
  let core: Core;
  beforeAll(async () => {
    core = await createTestCore(uniqueTablePrefix("portal"));
  });

  it("finds the account's partner at once, and NotFound (saying what to do) before it has one", async () => {
    const sub = `sub-${Date.now()}-a`;
    await expect(core.partners.getByAccount(sub)).rejects.toThrow(new NotFound("This account has no partner yet: create it with POST /portal/partner."));
    await expect(core.partners.assertAccountHasNoPartner(sub)).resolves.toBeUndefined();
    const created = await core.partners.create(forAccount(sub));
    await expect(core.partners.getByAccount(sub)).resolves.toEqual(created);
    await expect(core.partners.assertAccountHasNoPartner(sub)).rejects.toThrow(new Conflict("This account already has a partner: read it with GET /portal/partner."));
  });

  it("lets exactly one of many parallel creates for one account commit; the others are Conflict", async () => {
    const sub = `sub-${Date.now()}-b`;
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => core.partners.create(forAccount(sub))));
    const created = results.filter((result) => result.status === "fulfilled");
    const refused = results.filter((result) => result.status === "rejected");
    expect(created).toHaveLength(1);
    expect(refused).toHaveLength(7);
    for (const result of refused) expect(result.reason).toBeInstanceOf(Conflict);
    await expect(core.partners.getByAccount(sub)).resolves.toEqual(created[0]!.value);
    // And later, sequentially, too.
    await expect(core.partners.create(forAccount(sub))).rejects.toThrow("This account already has a partner: read it with GET /portal/partner.");
  });
});

describe("upgrade requests", () => {
  let core: Core;
  beforeAll(async () => {
    core = await createTestCore(uniqueTablePrefix("upgrades"));
  });

  it("keeps one pending request per partner, even in parallel, and frees it once decided", async () => {
    const partner = await core.partners.create(forAccount(`sub-${Date.now()}-c`));
    const asks = await Promise.allSettled(Array.from({ length: 5 }, () => core.upgradeRequests.open({ partnerId: partner.id, fromPlanId: "free", planId: "pro" })));
    const opened = asks.filter((result) => result.status === "fulfilled").map((result) => result.value);
    expect(opened).toHaveLength(1);
    for (const result of asks.filter((one) => one.status === "rejected")) expect(result.reason).toBeInstanceOf(Conflict);
    const request = opened[0]!;
    expect(request).toMatchObject({ partnerId: partner.id, fromPlanId: "free", planId: "pro", status: "pending", reason: null, decidedAt: null });
    expect((await core.upgradeRequests.list("pending")).map((one) => one.id)).toContain(request.id);

    const refused = await core.upgradeRequests.decide(request.id, { status: "refused", reason: "later" });
    expect(refused).toMatchObject({ status: "refused", reason: "later" });
    await expect(core.upgradeRequests.get(request.id)).resolves.toEqual(refused);
    await expect(core.upgradeRequests.decide(request.id, { status: "approved" })).rejects.toThrow(`Upgrade request '${request.id}' is already refused.`);

    const again = await core.upgradeRequests.open({ partnerId: partner.id, fromPlanId: "free", planId: "enterprise" });
    expect((await core.upgradeRequests.ofPartner(partner.id)).map((one) => one.id)).toEqual([again.id, request.id]);
    expect((await core.upgradeRequests.list()).map((one) => one.id)).toEqual(expect.arrayContaining([again.id, request.id]));
    expect((await core.upgradeRequests.list("pending")).map((one) => one.id)).not.toContain(request.id);
  });

  it("answers NotFound for an unknown request or partner", async () => {
    await expect(core.upgradeRequests.get("ur_nope")).rejects.toBeInstanceOf(NotFound);
    await expect(core.upgradeRequests.open({ partnerId: "p_nope", fromPlanId: "free", planId: "pro" })).rejects.toThrow(new NotFound("No partner 'p_nope'."));
  });
});
