import type { PartnerUsage } from "@linkgate/contract";
import { lazy, Suspense } from "react";
import { usageAgainstQuota } from "./usage-series";

const DayChart = lazy(() => import("./day-chart"));

/** A key's calls per day as used of its quota period, with the quota as a line (admin partner page, partner portal). */
export function QuotaUsageChart(props: { usage: Pick<PartnerUsage, "days" | "quota" | "from" | "to"> }) {
  const { usage } = props;
  return (
    <Suspense fallback={<p role="status">Loading the chart…</p>}>
      <DayChart
        points={usageAgainstQuota(usage)}
        label={`Calls used in the quota period, ${usage.from} to ${usage.to} (UTC)`}
        valueName="Calls used in period"
        limitLine={{ value: usage.quota.limit, label: "quota" }}
      />
    </Suspense>
  );
}
