import { adminMetricsSchema } from "@linkgate/contract";
import { describe, expect, it } from "vitest";
import { anAdmin, aUser, call, core } from "./support/fixtures";

/* GET /admin/metrics: links and clicks from this suite's own Links table (the traffic is getApiMetrics'). */
const admin = anAdmin();

describe("admin: link and click totals", () => {
  it("totals this table's live links and their clicks", async () => {
    const user = aUser();
    const before = adminMetricsSchema.parse((await call({ route: "getAdminMetrics", caller: admin })).body);
    const a = await core.links.create(user, { target: "https://example.com/m1" });
    await core.links.create(user, { target: "https://example.com/m2" });
    await core.links.resolve(a.code);
    await core.links.resolve(a.code);

    const answer = await call({ route: "getAdminMetrics", caller: admin });
    expect(answer.status).toBe(200);
    const metrics = adminMetricsSchema.parse(answer.body);
    expect(metrics).toEqual({ links: before.links + 2, clicks: before.clicks + 2, stageCache: { enabled: false, sizeGb: null, status: "NOT_AVAILABLE" }, computedAt: expect.any(String) });
  });

  it("refuses a signed-in user who is not an admin (403), even past the gateway", async () => {
    const answer = await call<{ code: string }>({ route: "getAdminMetrics", caller: aUser() });
    expect([answer.status, answer.body.code]).toEqual([403, "forbidden"]);
  });
});
