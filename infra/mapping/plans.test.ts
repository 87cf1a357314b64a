import type { Plan } from "@linkgate/contract";
import { describe, expect, it } from "vitest";
import { pascalCase, stageThrottleFor, usagePlanFor, usagePlanResourceName, usagePlansFor } from "./plans";

function aPlan(overrides: Partial<Plan> = {}): Plan {
  return {
    id: "pro-plus",
    name: "Pro Plus",
    description: "More.",
    throttle: { rate: 50, burst: 100 },
    quota: { limit: 100_000, period: "WEEK" },
    linkLimit: 10,
    ...overrides,
  };
}

describe("usagePlanFor", () => {
  it("keeps throttle and quota, with the period lower-cased for SST", () => {
    expect(usagePlanFor(aPlan())).toEqual({
      componentName: "UsagePlanProPlus",
      usagePlanName: "pro-plus",
      description: "More.",
      args: { throttle: { rate: 50, burst: 100 }, quota: { limit: 100_000, period: "week" } },
    });
  });

  it("names the API Gateway resource the way SST's addUsagePlan does", () => {
    expect(usagePlanResourceName(usagePlanFor(aPlan({ id: "free" })))).toBe("UsagePlanFreeUsagePlan");
  });

  it("refuses two plans that collapse to one component name", () => {
    expect(() => usagePlansFor([aPlan({ id: "pro-plus" }), aPlan({ id: "pro-plus" })])).toThrow(/same usage plan name/);
  });
});

describe("stageThrottleFor", () => {
  it("doubles the largest plan's rate and burst", () => {
    const plans = [aPlan({ throttle: { rate: 5, burst: 300 } }), aPlan({ throttle: { rate: 500, burst: 10 } })];
    expect(stageThrottleFor(plans)).toEqual({ rateLimit: 1_000, burstLimit: 600 });
  });
});

describe("pascalCase", () => {
  it("turns kebab-case ids into component-name parts", () => {
    expect(pascalCase("enterprise")).toBe("Enterprise");
    expect(pascalCase("pro-plus-2")).toBe("ProPlus2");
  });
});
