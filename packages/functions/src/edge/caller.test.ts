import type { PartnerService } from "@linkgate/core";
import { Forbidden } from "@linkgate/core";
import { describe, expect, it } from "vitest";
import { proxyEvent } from "../testing/proxy-event";
import { adminCallerOf, partnerAccountCallerOf, partnerCallerOf, signedInUserOf, userCallerOf } from "./caller";
import { Unauthorized } from "./edge-errors";

const ann = { kind: "user" as const, sub: "sub-ann", username: "ann", email: "ann@example.test", groups: ["beta", "admins"] };

describe("callers from the gateway's identity", () => {
  it("reads the authorizer context: strings, groups comma-separated", () => {
    expect(userCallerOf(proxyEvent({ route: "getMe", caller: ann }))).toEqual(ann);
    const event = proxyEvent({ route: "getMe", caller: { ...ann, groups: [] } });
    expect(userCallerOf(event).groups).toEqual([]);
  });

  it("refuses a user route without the authorizer's context (401)", () => {
    expect(() => userCallerOf(proxyEvent({ route: "getMe" }))).toThrow(Unauthorized);
  });

  it("re-checks the admins group", () => {
    expect(adminCallerOf(proxyEvent({ route: "listPlans", caller: ann })).username).toBe("ann");
    expect(() => adminCallerOf(proxyEvent({ route: "listPlans", caller: { ...ann, groups: ["beta"] } }))).toThrow(Forbidden);
  });

  it("re-checks the partners group on /portal routes, and keeps partner accounts off user and admin routes", () => {
    const bea = { kind: "user" as const, sub: "sub-bea", username: "bea", groups: ["partners"] };
    expect(partnerAccountCallerOf(proxyEvent({ route: "getMyPartner", caller: bea }))).toEqual({ ...bea, kind: "partnerAccount" });
    expect(partnerAccountCallerOf(proxyEvent({ route: "getMyPartner", caller: { ...bea, email: "bea@partner.test" } }))).toStrictEqual({ ...bea, email: "bea@partner.test", kind: "partnerAccount" });
    expect(() => partnerAccountCallerOf(proxyEvent({ route: "getMyPartner", caller: ann }))).toThrow(/sign up with POST \/portal\/sign-up/);
    expect(() => signedInUserOf(proxyEvent({ route: "getMe", caller: bea }))).toThrow(Forbidden);
    expect(signedInUserOf(proxyEvent({ route: "getMe", caller: ann })).username).toBe("ann");
    expect(() => adminCallerOf(proxyEvent({ route: "listPlans", caller: { ...bea, groups: ["partners", "admins"] } }))).toThrow(Forbidden);
  });

  it("needs an admitted API key on partner routes, and asks the partner service who holds it", async () => {
    // A unit test: the partner service is faked here; the integration tests use the real one.
    const partners = { callerForApiKey: async (apiKeyId: string) => ({ kind: "partner" as const, partnerId: "p1", apiKeyId }) } as unknown as PartnerService;
    await expect(partnerCallerOf(proxyEvent({ route: "listLinks", apiKeyId: "k1" }), partners)).resolves.toEqual({ kind: "partner", partnerId: "p1", apiKeyId: "k1" });
    await expect(partnerCallerOf(proxyEvent({ route: "listLinks" }), partners)).rejects.toThrow(Forbidden);
  });
});
