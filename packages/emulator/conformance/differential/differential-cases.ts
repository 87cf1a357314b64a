import { describe, it } from "vitest";
import type { ContextRef } from "../context";
import { authorizerCases } from "./authorizer.recorded";
import { eventHeaderCases } from "./event-headers.recorded";
import { eventShapeCases } from "./event-shape.recorded";
import { gatewayCases } from "./gateway.recorded";
import { managementKeyCases } from "./management-keys.recorded";
import { managementPlanCases } from "./management-plans.recorded";
import { proxyResponseCases } from "./proxy-response.recorded";
import type { DifferentialCase } from "./recorded-case";
import { citation } from "./recordings";

/** Every differential case, by area (the README counts them). */
export const DIFFERENTIAL_AREAS: Record<string, readonly DifferentialCase[]> = {
  "event headers": eventHeaderCases,
  "event shape": eventShapeCases,
  "proxy response": proxyResponseCases,
  "authorizer input": authorizerCases,
  "gateway responses, limits and API keys": gatewayCases,
  "management: API keys": managementKeyCases,
  "management: usage plans": managementPlanCases,
};

/**
 * The differential suite: cases whose expected values come from recorded real-AWS responses, each
 * test named after its case and citing its recording, in the same form as the other cases.
 */
export function differentialCases(ctx: ContextRef): void {
  describe("differential: recorded AWS behaviour", () => {
    for (const [area, cases] of Object.entries(DIFFERENTIAL_AREAS)) {
      describe(area, () => {
        for (const recorded of cases) it(`${recorded.name} — ${citation(recorded.recording)}`, () => recorded.run(ctx()));
      });
    }
  });
}
