import { useQuery } from "@tanstack/react-query";
import type { AdminMetrics } from "@linkgate/contract";
import { useApi } from "../api/api-context";
import { queryKeys } from "../api/query-keys";
import { QueryState } from "../ui/query-state";

const number = new Intl.NumberFormat();

/** Link and click totals, and the gateway's throttle / quota refusals where the stack counts them. */
export function DashboardMetrics() {
  const api = useApi();
  const metrics = useQuery({ queryKey: queryKeys.adminMetrics(), queryFn: () => api.call("getAdminMetrics") });
  return (
    <section className="card" aria-labelledby="metrics-heading">
      <h2 id="metrics-heading">Links, clicks and refusals</h2>
      <QueryState
        query={metrics}
        label="totals"
        isEmpty={(data) => data.links === 0 && data.clicks === 0 && !data.throttled && !data.quotaExceeded}
        empty={<p>No links and no refused calls yet: totals appear once links are created and followed.</p>}
      >
        {(data) => <MetricsTable data={data} />}
      </QueryState>
    </section>
  );
}

function MetricsTable({ data }: { data: AdminMetrics }) {
  const gatewayCounted = data.throttled !== null && data.quotaExceeded !== null;
  return (
    <>
      <dl className="facts" data-testid="admin-metrics">
        <dt>Links</dt>
        <dd data-testid="metric-links">{number.format(data.links)}</dd>
        <dt>Clicks</dt>
        <dd data-testid="metric-clicks">{number.format(data.clicks)}</dd>
        <dt>Throttled (429 Too Many Requests)</dt>
        <dd data-testid="metric-throttled">{data.throttled === null ? "not available" : number.format(data.throttled)}</dd>
        <dt>Quota exceeded (429 Limit Exceeded)</dt>
        <dd data-testid="metric-quota-exceeded">{data.quotaExceeded === null ? "not available" : number.format(data.quotaExceeded)}</dd>
      </dl>
      <p className="muted small">
        Links that have not expired, and their clicks. {gatewayCounted
          ? "Refusals are counted by the local stack's gateway since it started."
          : "Throttled and quota-exceeded counts are not available on this stack: API Gateway on AWS reports 4xx errors per stage in CloudWatch, not per error type."}{" "}
        As of {new Date(data.computedAt).toLocaleString()}.
      </p>
    </>
  );
}
