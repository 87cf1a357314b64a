import { afterEach, describe, expect, it, vi } from "vitest";
import { metrics } from "../src/observability/metrics";
import { anAdmin, aUser, call, createPartner } from "./support/fixtures";

interface Emf {
  _aws: { CloudWatchMetrics: { Namespace: string; Metrics: { Name: string; Unit: string }[] }[] };
  [metric: string]: unknown;
}

/** What each invocation flushed, in CloudWatch's embedded metric format (the test env keeps stdout quiet). */
function captureEmf(): Emf[] {
  const flushed: Emf[] = [];
  vi.spyOn(metrics, "publishStoredMetrics").mockImplementation(() => {
    flushed.push(metrics.serializeMetrics() as unknown as Emf);
    metrics.clearMetrics();
    return metrics;
  });
  return flushed;
}

const names = (emf: Emf[]) => emf.flatMap((entry) => entry._aws.CloudWatchMetrics.flatMap((set) => set.Metrics.map((metric) => metric.Name)));

describe("metrics in EMF, flushed per invocation", () => {
  afterEach(() => vi.restoreAllMocks());

  it("counts links created and redirects, in the Linkgate namespace", async () => {
    const flushed = captureEmf();
    const created = await call<{ code: string }>({ route: "createMyLink", caller: aUser(), body: { target: "https://example.com/m" } });
    await call({ route: "redirect", pathParameters: { code: created.body.code } });
    expect(flushed).toHaveLength(2);
    expect(names(flushed)).toEqual(["LinksCreated", "Redirects"]);
    expect(flushed[0]?._aws.CloudWatchMetrics[0]?.Namespace).toBe("Linkgate");
    expect(flushed[0]?.LinksCreated).toBe(1);
  });

  it("counts quota grants and granted calls", async () => {
    const { partner } = await createPartner("free");
    const flushed = captureEmf();
    await call({ route: "createQuotaGrant", caller: anAdmin(), pathParameters: { partnerId: partner.id }, body: { extraCalls: 30 } });
    expect(names(flushed)).toEqual(["QuotaGrants", "QuotaGrantedCalls"]);
    expect(flushed[0]?.QuotaGrantedCalls).toBe(30);
  });

  it("flushes nothing for an invocation that recorded nothing", async () => {
    const flushed = captureEmf();
    await call({ route: "getHealth" });
    expect(flushed).toEqual([]);
  });
});
