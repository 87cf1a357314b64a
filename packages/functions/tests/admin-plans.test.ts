import { planListSchema, planSchema, plans } from "@linkgate/contract";
import { partnerOwnerId } from "@linkgate/core";
import { describe, expect, it } from "vitest";
import { anAdmin, call, core, createPartner } from "./support/fixtures";

const admin = anAdmin();

describe("admin: plans (usage plans on this stage)", () => {
  it("lists the deployed tiers with the contract's names and link limits", async () => {
    const listed = planListSchema.parse((await call({ route: "listPlans", caller: admin })).body);
    expect(listed.items.map((plan) => plan.id)).toEqual(["free", "pro", "enterprise"]);
    expect(listed.items).toEqual(plans.map((plan) => ({ ...plan })));
  });

  it("creates a plan whose name, description and link limit survive the round trip; a taken id is 409", async () => {
    const body = { id: "gold", name: "Gold", description: "For friends.", throttle: { rate: 20, burst: 40 }, quota: { limit: 20_000, period: "WEEK" }, linkLimit: 2_000 };
    const created = await call({ route: "createPlan", caller: admin, body });
    expect(created.status).toBe(201);
    expect(planSchema.parse(created.body)).toEqual(body);
    expect(planListSchema.parse((await call({ route: "listPlans", caller: admin })).body).items).toContainEqual(body);
    const again = await call<{ code: string }>({ route: "createPlan", caller: admin, body });
    expect([again.status, again.body.code]).toEqual([409, "conflict"]);
  });

  it("updates throttle, quota and link limit; partners on the plan get the new limit", async () => {
    const body = { id: "silver", name: "Silver", throttle: { rate: 10, burst: 20 }, quota: { limit: 5_000, period: "MONTH" }, linkLimit: 300 };
    await call({ route: "createPlan", caller: admin, body });
    const { partner } = await createPartner("silver", admin);
    expect((await core.owners.get(partnerOwnerId(partner.id))).linkLimit).toBe(300);

    const updated = planSchema.parse(
      (await call({ route: "updatePlan", caller: admin, pathParameters: { planId: "silver" }, body: { throttle: { rate: 12, burst: 24 }, quota: { limit: 6_000, period: "DAY" }, linkLimit: 400 } })).body,
    );
    expect(updated).toEqual({ ...body, description: "", throttle: { rate: 12, burst: 24 }, quota: { limit: 6_000, period: "DAY" }, linkLimit: 400 });
    expect((await core.owners.get(partnerOwnerId(partner.id))).linkLimit).toBe(400);
  });

  it("answers 404 for an unknown plan and 400 for an invalid body", async () => {
    expect((await call({ route: "updatePlan", caller: admin, pathParameters: { planId: "nosuch" }, body: { name: "X" } })).status).toBe(404);
    const invalid = await call<{ issues: { path: string }[] }>({ route: "createPlan", caller: admin, body: { id: "Bad Id", name: "", throttle: { rate: 0, burst: 1, extra: 1 }, quota: { limit: 1, period: "YEAR" }, linkLimit: 1 } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.issues.map((issue) => issue.path)).toEqual(expect.arrayContaining(["body.id", "body.name", "body.throttle.rate", "body.quota.period"]));
  });
});
