import { useQuery } from "@tanstack/react-query";
import type { StageCache } from "@linkgate/contract";
import { useApi } from "../api/api-context";
import { queryKeys } from "../api/query-keys";
import { QueryState } from "../ui/query-state";
import { cacheHourlyPrices, formatPrice, prices, PRICES_CHECKED } from "./aws-prices";
import { estimateMonthlyCost, HOURS_PER_MONTH, perCall } from "./cost-model";
import { ApiMetricsCard } from "./api-metrics-card";
import { DashboardMetrics } from "./dashboard-metrics";

const number = new Intl.NumberFormat();
const usd = new Intl.NumberFormat(undefined, { style: "currency", currency: "USD", maximumFractionDigits: 2 });
/** The dashboard reads each partner's usage: bounded, so a large tenant list cannot flood the API. */
const MAX_PARTNERS = 50;

/** The API's traffic (CloudWatch), link and click totals, partner calls over 30 days, and what that volume would cost on AWS. */
export default function DashboardPage() {
  const api = useApi();
  // The same query as the totals card (one request): it also carries the stage's cache cluster.
  const adminMetrics = useQuery({ queryKey: queryKeys.adminMetrics(), queryFn: () => api.call("getAdminMetrics") });
  const stageCache = adminMetrics.data?.stageCache;
  const overview = useQuery({
    queryKey: queryKeys.dashboard(),
    queryFn: async () => {
      const partners = await api.call("listPartners", { query: { limit: MAX_PARTNERS } });
      const usages = await Promise.all(partners.items.map((partner) => api.call("getPartnerUsage", { path: { partnerId: partner.id } })));
      const rows = partners.items.map((partner, i) => {
        const usage = usages[i];
        return { partner, calls: usage?.days.reduce((sum, day) => sum + day.used, 0) ?? 0, days: usage?.days.length ?? 0 };
      });
      return { rows, more: partners.nextCursor !== null };
    },
  });
  return (
    <>
      <h1>Dashboard</h1>
      <ApiMetricsCard />
      <DashboardMetrics />
      <QueryState query={overview} label="usage" isEmpty={(data) => data.rows.length === 0} empty={<p>No partners yet: usage appears once partners call the API.</p>}>
        {(data) => {
          const total = data.rows.reduce((sum, row) => sum + row.calls, 0);
          const days = Math.max(1, ...data.rows.map((row) => row.days));
          const byPlan = new Map<string, number>();
          for (const row of data.rows) byPlan.set(row.partner.planId, (byPlan.get(row.partner.planId) ?? 0) + row.calls);
          const cost = estimateMonthlyCost(total, days, stageCache?.enabled ? stageCache.sizeGb : null);
          return (
            <>
              <section className="card" aria-labelledby="calls-heading">
                <h2 id="calls-heading">Partner calls, last {days} days</h2>
                <p>
                  <strong>{number.format(total)}</strong> calls{data.more ? ` (first ${MAX_PARTNERS} partners)` : ""}.
                </p>
                <div className="table-scroll">
                  <table>
                    <caption>Calls per plan</caption>
                    <thead>
                      <tr>
                        <th scope="col">Plan</th>
                        <th scope="col">Calls</th>
                      </tr>
                    </thead>
                    <tbody>
                      {[...byPlan].map(([plan, calls]) => (
                        <tr key={plan}>
                          <td>{plan}</td>
                          <td>{number.format(calls)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                  <table>
                    <caption>Calls per partner</caption>
                    <thead>
                      <tr>
                        <th scope="col">Partner</th>
                        <th scope="col">Plan</th>
                        <th scope="col">Calls</th>
                      </tr>
                    </thead>
                    <tbody>
                      {[...data.rows].sort((a, b) => b.calls - a.calls).map((row) => (
                        <tr key={row.partner.id}>
                          <td>{row.partner.name}</td>
                          <td>{row.partner.planId}</td>
                          <td>{number.format(row.calls)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </section>
              <section className="card" aria-labelledby="cost-heading">
                <h2 id="cost-heading">Estimated monthly AWS cost</h2>
                <p>
                  At this rate: {number.format(Math.round(cost.monthlyCalls))} calls a month ≈ <strong>{usd.format(cost.total)}</strong> (API Gateway{" "}
                  {usd.format(cost.apiGateway)}, Lambda {usd.format(cost.lambda)}, DynamoDB {usd.format(cost.dynamodb)}
                  {cost.cache > 0 ? `, cache cluster ${usd.format(cost.cache)}` : ""}).
                </p>
                <p data-testid="cost-cache">{cacheLine(stageCache, cost.unpricedCacheSizeGb)}</p>
                <p className="muted small">
                  Per call: one Lambda invocation of {perCall.lambdaMemoryGb * 1024} MB for {perCall.lambdaSeconds * 1000} ms, {perCall.dynamoWrites} DynamoDB
                  write and {perCall.dynamoReads} read. No free tier, storage or data transfer. List prices, us-east-1, checked <time dateTime={PRICES_CHECKED}>{PRICES_CHECKED}</time>:
                </p>
                <ul className="small">
                  {Object.values(prices).map((price) => (
                    <li key={price.unit}>
                      {formatPrice(price.usd)} {price.unit} — <a href={price.source.url}>{price.source.title}</a> ({price.source.url})
                    </li>
                  ))}
                  <li>
                    {cacheSizes.map(([size, hourly]) => `${size} GB ${formatPrice(hourly)}`).join(", ")} {cacheHourlyPrices.unit} —{" "}
                    <a href={cacheHourlyPrices.source.url}>{cacheHourlyPrices.source.title}</a> ({cacheHourlyPrices.source.url})
                  </li>
                </ul>
              </section>
            </>
          );
        }}
      </QueryState>
    </>
  );
}

/** Smallest first (an object lists integer-like keys such as "118" before "0.5"). */
const cacheSizes = Object.entries(cacheHourlyPrices.bySizeGb).sort(([a], [b]) => Number(a) - Number(b));

/** What the estimate counts for the stage cache, from GetStage (via getAdminMetrics). */
function cacheLine(stageCache: StageCache | undefined, unpricedSizeGb: string | undefined): string {
  if (stageCache === undefined) return "Cache cluster: not known yet (reading the stage), not counted.";
  if (!stageCache.enabled) return "Cache cluster: none on this stage.";
  if (unpricedSizeGb !== undefined) return `Cache cluster: ${unpricedSizeGb} GB, a size with no known price: not counted.`;
  return `Cache cluster: ${stageCache.sizeGb} GB (${stageCache.status}), billed every hour: ${HOURS_PER_MONTH} hours a month.`;
}
