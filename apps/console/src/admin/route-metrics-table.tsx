import type { ApiRouteMetrics } from "@linkgate/contract";
import { useState } from "react";
import { errorRate, formatLatency, formatRate } from "./traffic-format";

type Column = { key: string; label: string; value: (route: ApiRouteMetrics) => number | string; show: (route: ApiRouteMetrics) => string };

const number = new Intl.NumberFormat();
const columns: Column[] = [
  { key: "route", label: "Route", value: (route) => `${route.method} ${route.resource}`, show: (route) => `${route.method} ${route.resource}` },
  { key: "calls", label: "Calls", value: (route) => route.calls, show: (route) => number.format(route.calls) },
  { key: "rate4xx", label: "4xx %", value: (route) => errorRate(route.errors4xx, route.calls) ?? -1, show: (route) => formatRate(route.errors4xx, route.calls) },
  { key: "rate5xx", label: "5xx %", value: (route) => errorRate(route.errors5xx, route.calls) ?? -1, show: (route) => formatRate(route.errors5xx, route.calls) },
  { key: "p50", label: "p50", value: (route) => route.p50LatencyMs ?? -1, show: (route) => formatLatency(route.p50LatencyMs) },
  { key: "p99", label: "p99", value: (route) => route.p99LatencyMs ?? -1, show: (route) => formatLatency(route.p99LatencyMs) },
];

/** Calls, error rates and latency per route, sortable by any column (busiest first to begin with). */
export function RouteMetricsTable({ routes }: { routes: ApiRouteMetrics[] }) {
  const [sort, setSort] = useState<{ key: string; descending: boolean }>({ key: "calls", descending: true });
  const column = columns.find((candidate) => candidate.key === sort.key) ?? columns[1];
  const sorted = [...routes].sort((a, b) => {
    const [x, y] = [column?.value(a) ?? 0, column?.value(b) ?? 0];
    const order = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
    return sort.descending ? -order : order;
  });
  return (
    <div className="table-scroll">
      <table data-testid="route-metrics">
        <caption>Per route (select a column heading to sort)</caption>
        <thead>
          <tr>
            {columns.map((candidate) => {
              const active = candidate.key === sort.key;
              return (
                <th scope="col" key={candidate.key} aria-sort={active ? (sort.descending ? "descending" : "ascending") : "none"}>
                  <button
                    type="button"
                    className="sort"
                    onClick={() => setSort({ key: candidate.key, descending: active ? !sort.descending : candidate.key !== "route" })}
                  >
                    {candidate.label}
                    <span aria-hidden="true">{active ? (sort.descending ? " ▼" : " ▲") : ""}</span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((route) => (
            <tr key={route.route}>
              {columns.map((candidate) => (
                <td key={candidate.key}>{candidate.show(route)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
