import { useQuery } from "@tanstack/react-query";
import type { AdminMetrics } from "@linkgate/contract";
import { useApi } from "../api/api-context";
import { queryKeys } from "../api/query-keys";
import { QueryState } from "../ui/query-state";

const number = new Intl.NumberFormat();

/** Link and click totals, from the Links table. */
export function DashboardMetrics() {
  const api = useApi();
  const metrics = useQuery({ queryKey: queryKeys.adminMetrics(), queryFn: () => api.call("getAdminMetrics") });
  return (
    <section className="card" aria-labelledby="metrics-heading">
      <h2 id="metrics-heading">Links and clicks</h2>
      <QueryState
        query={metrics}
        label="totals"
        isEmpty={(data) => data.links === 0 && data.clicks === 0}
        empty={<p>No links yet: totals appear once links are created and followed.</p>}
      >
        {(data) => <MetricsTable data={data} />}
      </QueryState>
    </section>
  );
}

function MetricsTable({ data }: { data: AdminMetrics }) {
  return (
    <>
      <dl className="facts" data-testid="admin-metrics">
        <dt>Links</dt>
        <dd data-testid="metric-links">{number.format(data.links)}</dd>
        <dt>Clicks</dt>
        <dd data-testid="metric-clicks">{number.format(data.clicks)}</dd>
      </dl>
      <p className="muted small">Links that have not expired, and their clicks. As of {new Date(data.computedAt).toLocaleString()}.</p>
    </>
  );
}
