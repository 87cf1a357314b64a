import { CreateUsagePlanKeyCommand, DeleteUsagePlanKeyCommand, UpdateApiKeyCommand } from "@aws-sdk/client-api-gateway";
import { describe, expect, it } from "vitest";
import type { ContextRef } from "../context";
import { expectGatewayError, GATEWAY_ERRORS } from "../gateway-errors";
import { probe } from "./probe";

/** A key-required method admits a key only if it exists, is enabled and is in a plan on this stage. */
export function apiKeyCases(ctx: ContextRef): void {
  const withKey = (keyValue: string) => ({ "x-api-key": keyValue });

  describe("API keys", () => {
    it("an unknown key → 403 Forbidden", async () => {
      expectGatewayError(await ctx().get("/keyed", withKey(ctx().managed.uniqueName("never-created"))), GATEWAY_ERRORS.forbidden);
    });

    it("a disabled key in a plan → 403 Forbidden", async () => {
      const { keyValue } = await ctx().managed.planWithKey(undefined, { enabled: false });
      expectGatewayError(await ctx().get("/keyed", withKey(keyValue)), GATEWAY_ERRORS.forbidden);
    });

    it("an enabled key in no usage plan → 403 Forbidden", async () => {
      const { keyValue } = await ctx().managed.key();
      expectGatewayError(await ctx().get("/keyed", withKey(keyValue)), GATEWAY_ERRORS.forbidden);
    });

    it("a key in a plan on this stage is admitted, header name case-insensitive", async () => {
      const { keyValue } = await ctx().managed.planWithKey();
      await probe(ctx(), "GET", "/keyed", { headers: { "X-API-Key": keyValue } });
      await probe(ctx(), "GET", "/keyed/other", { headers: withKey(keyValue) });
    });

    it("re-enabling a disabled key admits it", async () => {
      const { keyId, keyValue } = await ctx().managed.planWithKey(undefined, { enabled: false });
      expect((await ctx().get("/keyed", withKey(keyValue))).status).toBe(403);
      await ctx().managed.client.send(new UpdateApiKeyCommand({ apiKey: keyId, patchOperations: [{ op: "replace", path: "/enabled", value: "true" }] }));
      await probe(ctx(), "GET", "/keyed", { headers: withKey(keyValue) });
    });

    it("a key removed from its plan → 403 Forbidden; added back → admitted", async () => {
      const { planId, keyId, keyValue } = await ctx().managed.planWithKey();
      await probe(ctx(), "GET", "/keyed", { headers: withKey(keyValue) });
      await ctx().managed.client.send(new DeleteUsagePlanKeyCommand({ usagePlanId: planId, keyId }));
      expectGatewayError(await ctx().get("/keyed", withKey(keyValue)), GATEWAY_ERRORS.forbidden);
      await ctx().managed.client.send(new CreateUsagePlanKeyCommand({ usagePlanId: planId, keyId, keyType: "API_KEY" }));
      await probe(ctx(), "GET", "/keyed", { headers: withKey(keyValue) });
    });
  });
}
