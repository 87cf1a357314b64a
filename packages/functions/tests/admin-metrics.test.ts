import { adminMetricsSchema } from "@linkgate/contract";
import { describe, expect, it } from "vitest";
import { anAdmin, aUser, call, core } from "./support/fixtures";

/*
 * GET /admin/metrics as it runs on AWS: no gateway metrics URL in the environment, so the throttle
 * and quota fields are null; links and clicks come from this suite's own Links table.
 */
const admin = anAdmin();

describe("admin: metrics (no gateway counters, as on AWS)", () => {
  it("totals this table's live links and their clicks; throttle and quota counts are null", async () => {
    const user = aUser();
    const before = adminMetricsSchema.parse((await call({ route: "getAdminMetrics", caller: admin })).body);
    const a = await core.links.create(user, { target: "https://example.com/m1" });
    await core.links.create(user, { target: "https://example.com/m2" });
    await core.links.resolve(a.code);
    await core.links.resolve(a.code);

    const answer = await call({ route: "getAdminMetrics", caller: admin });
    expect(answer.status).toBe(200);
    const metrics = adminMetricsSchema.parse(answer.body);
    expect(metrics).toMatchObject({ links: before.links + 2, clicks: before.clicks + 2, throttled: null, quotaExceeded: null });
  });

  it("refuses a signed-in user who is not an admin (403), even past the gateway", async () => {
    const answer = await call<{ code: string }>({ route: "getAdminMetrics", caller: aUser() });
    expect([answer.status, answer.body.code]).toEqual([403, "forbidden"]);
  });
});
