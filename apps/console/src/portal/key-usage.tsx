import { useQuery } from "@tanstack/react-query";
import { useApi } from "../api/api-context";
import { queryKeys } from "../api/query-keys";
import { QuotaUsageChart } from "../charts/quota-usage-chart";
import { QueryState } from "../ui/query-state";

const number = new Intl.NumberFormat("en");

/** The key's calls per day (API Gateway's GetUsage) against the quota line, and what is left this period. */
export function KeyUsage(props: { keyId: string }) {
  const api = useApi();
  const usage = useQuery({ queryKey: queryKeys.portal.usage(props.keyId), queryFn: () => api.call("getMyKeyUsage", { path: { keyId: props.keyId } }) });
  return (
    <section className="card" aria-labelledby="usage-heading">
      <h2 id="usage-heading">Usage</h2>
      <QueryState query={usage} label="your usage">
        {(data) => (
          <>
            <dl className="facts">
              <dt>Used this period</dt>
              <dd data-testid="usage-used">{number.format(data.current.used)}</dd>
              <dt>Left this period</dt>
              <dd data-testid="usage-remaining">
                {number.format(data.current.remaining)} of {number.format(data.current.quota.limit)} calls per {data.current.quota.period.toLowerCase()}
              </dd>
              <dt>Period resets</dt>
              <dd>{new Date(data.current.periodEnd).toUTCString()}</dd>
              <dt>Rate limit</dt>
              <dd>
                {number.format(data.current.throttle.rate)} requests per second, bursts of {number.format(data.current.throttle.burst)}
              </dd>
            </dl>
            <button type="button" onClick={() => void usage.refetch()} disabled={usage.isFetching}>
              {usage.isFetching ? "Refreshing…" : "Refresh usage"}
            </button>
            <QuotaUsageChart usage={data} />
          </>
        )}
      </QueryState>
    </section>
  );
}
