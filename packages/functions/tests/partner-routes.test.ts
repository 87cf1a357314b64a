import { linkPageSchema, linkSchema, linkStatsSchema, quotaUsageSchema, type PartnerWithKey } from "@linkgate/contract";
import { beforeAll, describe, expect, it } from "vitest";
import { anAdmin, call, createPartner } from "./support/fixtures";

describe("partner routes (/v1)", () => {
  let acme: PartnerWithKey;
  let other: PartnerWithKey;
  const key = () => acme.apiKey.id;

  beforeAll(async () => {
    acme = await createPartner("free");
    other = await createPartner("pro");
  });

  it("creates, reads, lists, updates, counts and deletes the partner's own links", async () => {
    const created = await call({ route: "createLink", apiKeyId: key(), body: { target: "https://partner.example/1", alias: `acme-${acme.partner.id}` } });
    expect(created.status).toBe(201);
    const link = linkSchema.parse(created.body);
    const code = link.code;

    expect(linkSchema.parse((await call({ route: "getLink", apiKeyId: key(), pathParameters: { code } })).body).target).toBe("https://partner.example/1");
    const page = linkPageSchema.parse((await call({ route: "listLinks", apiKeyId: key(), query: { limit: "10" } })).body);
    expect(page.items.map((item) => item.code)).toEqual([code]);

    const updated = await call({ route: "updateLink", apiKeyId: key(), pathParameters: { code }, body: { target: "https://partner.example/2" } });
    expect(linkSchema.parse(updated.body).target).toBe("https://partner.example/2");

    await call({ route: "redirect", pathParameters: { code } });
    const stats = linkStatsSchema.parse((await call({ route: "getLinkStats", apiKeyId: key(), pathParameters: { code } })).body);
    expect(stats.totalClicks).toBe(1);
    expect(stats.days).toHaveLength(30);

    expect((await call({ route: "deleteLink", apiKeyId: key(), pathParameters: { code } })).status).toBe(204);
    expect((await call({ route: "getLink", apiKeyId: key(), pathParameters: { code } })).status).toBe(404);
  });

  it("keeps a partner's links out of another partner's reach (404, never 403)", async () => {
    const created = await call<{ code: string }>({ route: "createLink", apiKeyId: key(), body: { target: "https://partner.example/private" } });
    const code = created.body.code;
    const otherKey = other.apiKey.id;
    expect((await call({ route: "getLink", apiKeyId: otherKey, pathParameters: { code } })).status).toBe(404);
    expect((await call({ route: "updateLink", apiKeyId: otherKey, pathParameters: { code }, body: { target: "https://evil.example/" } })).status).toBe(404);
    expect((await call({ route: "deleteLink", apiKeyId: otherKey, pathParameters: { code } })).status).toBe(404);
    expect((await call({ route: "getLink", apiKeyId: key(), pathParameters: { code } })).status).toBe(200);
  });

  it("replays a create with the same Idempotency-Key", async () => {
    const input = { route: "createLink" as const, apiKeyId: key(), body: { target: "https://partner.example/once" }, headers: { "Idempotency-Key": `k-${acme.partner.id}` } };
    const first = await call<{ code: string }>(input);
    const again = await call<{ code: string }>(input);
    expect(again.status).toBe(201);
    expect(again.body.code).toBe(first.body.code);
  });

  it("GET /v1/usage reports the partner's plan and quota for the current period, grants included", async () => {
    const usage = quotaUsageSchema.parse((await call({ route: "getUsage", apiKeyId: key() })).body);
    expect(usage).toMatchObject({ planId: "free", quota: { limit: 1_000, period: "MONTH" }, throttle: { rate: 5, burst: 10 }, used: 0, remaining: 1_000 });
    expect(new Date(usage.periodStart).getUTCDate()).toBe(1);

    await call({ route: "createQuotaGrant", caller: anAdmin(), pathParameters: { partnerId: acme.partner.id }, body: { extraCalls: 50 } });
    expect(quotaUsageSchema.parse((await call({ route: "getUsage", apiKeyId: key() })).body).remaining).toBe(1_050);

    const pro = quotaUsageSchema.parse((await call({ route: "getUsage", apiKeyId: other.apiKey.id })).body);
    expect([pro.planId, pro.remaining]).toEqual(["pro", 100_000]);
  });
});
