import { afterAll, beforeAll, describe } from "vitest";
import { apiKeyCases } from "./cases/api-keys.cases";
import { authorizerCases } from "./cases/authorizer.cases";
import { corsAndLimitCases } from "./cases/cors-and-limits.cases";
import { eventShapeCases } from "./cases/event-shape.cases";
import { gatewayResponseCases } from "./cases/gateway-responses.cases";
import { managementCases } from "./cases/management.cases";
import { proxyResponseCases } from "./cases/proxy-response.cases";
import { routingCases } from "./cases/routing.cases";
import { usageCases } from "./cases/usage.cases";
import { ConformanceContext } from "./context";
import { differentialCases } from "./differential/differential-cases";
import type { ConformanceTarget } from "./target";

/**
 * The API Gateway REST API conformance suite (Hono's `common.case.test.ts` pattern): every
 * implementation — the emulator, a deployed AWS stage — must pass the same cases. `getTarget` is
 * called once, in `beforeAll`, so the caller may start its server in an outer `beforeAll`.
 */
export function defineConformanceSuite(getTarget: () => ConformanceTarget): void {
  describe("API Gateway REST API conformance", () => {
    let context: ConformanceContext | undefined;
    const ctx = (): ConformanceContext => {
      if (!context) throw new Error("The conformance target is not ready (beforeAll failed?)");
      return context;
    };

    beforeAll(() => {
      context = new ConformanceContext(getTarget());
    });

    afterAll(async () => {
      await context?.close();
    });

    gatewayResponseCases(ctx);
    routingCases(ctx);
    eventShapeCases(ctx);
    proxyResponseCases(ctx);
    authorizerCases(ctx);
    apiKeyCases(ctx);
    usageCases(ctx);
    managementCases(ctx);
    corsAndLimitCases(ctx);
    differentialCases(ctx);
  });
}

export type { ConformanceTarget } from "./target";
export { targetFromEnv } from "./target";
