import { useQuery } from "@tanstack/react-query";
import { apiMetricsRangeNames, type ApiMetrics, type ApiMetricsRange } from "@linkgate/contract";
import { lazy, Suspense, useState } from "react";
import { useApi } from "../api/api-context";
import { queryKeys } from "../api/query-keys";
import { QueryState } from "../ui/query-state";
import { RouteMetricsTable } from "./route-metrics-table";
import { formatLatency, formatRate } from "./traffic-format";

const TimeChart = lazy(() => import("../charts/time-chart"));
const number = new Intl.NumberFormat();
const rangeLabels: Record<ApiMetricsRange, string> = { "1h": "Last hour", "24h": "Last 24 hours", "7d": "Last 7 days" };

/** The API's calls, errors and latency from CloudWatch, over a chosen range, with a per-route table. */
export function ApiMetricsCard() {
  const api = useApi();
  const [range, setRange] = useState<ApiMetricsRange>("24h");
  const metrics = useQuery({ queryKey: queryKeys.apiMetrics(range), queryFn: () => api.call("getApiMetrics", { query: { range } }) });
  return (
    <section className="card" aria-labelledby="api-metrics-heading">
      <h2 id="api-metrics-heading">API traffic</h2>
      <div className="toolbar">
        <fieldset className="range-picker">
          <legend className="visually-hidden">Range</legend>
          {apiMetricsRangeNames.map((name) => (
            <label key={name}>
              <input type="radio" name="api-metrics-range" value={name} checked={range === name} onChange={() => setRange(name)} /> {rangeLabels[name]}
            </label>
          ))}
        </fieldset>
        <button type="button" onClick={() => void metrics.refetch()} disabled={metrics.isFetching}>
          {metrics.isFetching ? "Refreshing…" : "Refresh"}
        </button>
      </div>
      <QueryState
        query={metrics}
        label="API metrics"
        isEmpty={(data) => data.totals.calls === 0}
        empty={<p>No calls in this range: the API's traffic appears here once it is called.</p>}
      >
        {(data) => <ApiMetricsView data={data} />}
      </QueryState>
    </section>
  );
}

function ApiMetricsView({ data }: { data: ApiMetrics }) {
  const minutes = data.periodSeconds / 60;
  const period = minutes < 60 ? `${minutes}-minute` : `${minutes / 60}-hour`;
  return (
    <>
      <dl className="facts" data-testid="api-totals">
        <dt>Calls</dt>
        <dd data-testid="api-calls">{number.format(data.totals.calls)}</dd>
        <dt>4xx rate</dt>
        <dd data-testid="api-rate-4xx">{formatRate(data.totals.errors4xx, data.totals.calls)}</dd>
        <dt>5xx rate</dt>
        <dd data-testid="api-rate-5xx">{formatRate(data.totals.errors5xx, data.totals.calls)}</dd>
        <dt>Latency p50 / p99</dt>
        <dd>
          {formatLatency(data.totals.p50LatencyMs)} / {formatLatency(data.totals.p99LatencyMs)}
        </dd>
        <dt>Throttled (429 Too Many Requests)</dt>
        <dd data-testid="metric-throttled">{number.format(data.refusals.throttled)}</dd>
        <dt>Quota exceeded (429 Limit Exceeded)</dt>
        <dd data-testid="metric-quota-exceeded">{number.format(data.refusals.quotaExceeded)}</dd>
      </dl>
      <Suspense fallback={<p role="status">Loading the charts…</p>}>
        <TimeChart
          label={`Calls and errors per ${period} period`}
          points={data.series}
          series={[
            { key: "calls", name: "Calls", color: "#2456c8" },
            { key: "errors4xx", name: "4xx", color: "#b25e00" },
            { key: "errors5xx", name: "5xx", color: "#b42318" },
          ]}
        />
        <TimeChart
          label={`Latency per ${period} period`}
          unit="ms"
          points={data.series}
          series={[
            { key: "p50LatencyMs", name: "p50", color: "#1e6b35" },
            { key: "p99LatencyMs", name: "p99", color: "#6941c6" },
          ]}
        />
      </Suspense>
      {data.routes.length > 0 ? <RouteMetricsTable routes={data.routes} /> : null}
      <p className="muted small">
        From {data.source}. Refusals: {data.refusals.source}. {new Date(data.from).toLocaleString()} to {new Date(data.to).toLocaleString()}, as of{" "}
        {new Date(data.computedAt).toLocaleString()}.
      </p>
    </>
  );
}
