import { plans } from "@linkgate/contract";
import { describe, expect, it } from "vitest";
import { encodePlanMetadata, planFromUsagePlan } from "./plan-metadata";

const usagePlan = (overrides: Record<string, unknown> = {}) => ({
  id: "up1",
  name: "gold",
  throttle: { rateLimit: 20, burstLimit: 40 },
  quota: { limit: 2_000, period: "WEEK" as const, offset: 0 },
  ...overrides,
});

describe("plan metadata in the usage plan description", () => {
  it("round-trips name, description and linkLimit", () => {
    const description = encodePlanMetadata({ name: "Gold", description: "For friends.", linkLimit: 700 });
    expect(planFromUsagePlan(usagePlan({ description }))).toEqual({
      id: "gold",
      name: "Gold",
      description: "For friends.",
      linkLimit: 700,
      throttle: { rate: 20, burst: 40 },
      quota: { limit: 2_000, period: "WEEK" },
    });
  });

  it("reads a plan SST deployed (plain description) with the contract's name and link limit", () => {
    const pro = plans[1];
    const found = planFromUsagePlan(usagePlan({ name: pro.id, description: pro.description }));
    expect(found).toMatchObject({ id: "pro", name: pro.name, description: pro.description, linkLimit: pro.linkLimit });
  });

  it("ignores usage plans that are not Linkgate plans", () => {
    expect(planFromUsagePlan(usagePlan({ name: "Some Other Team's Plan" }))).toBeUndefined();
    expect(planFromUsagePlan(usagePlan({ quota: undefined }))).toBeUndefined();
  });
});
