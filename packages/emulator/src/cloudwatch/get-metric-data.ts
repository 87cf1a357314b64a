import { invalidParameterValue } from "./cloudwatch-errors";
import { asInput, dimensionsOf, optionalArray, optionalString, optionalUnit, periodOf, requiredString, requiredTimestamp, type Input } from "./cloudwatch-input";
import type { MetricStore } from "./metric-store";
import { queryPeriods } from "./metric-queries";
import { isSupportedStatistic, statisticValue } from "./statistics";

/** CloudWatch's rule for a query Id: a lower-case letter, then letters, digits and underscores. */
const QUERY_ID = /^[a-z][a-zA-Z0-9_]*$/;

interface MetricStatQuery {
  id: string;
  label: string;
  returnData: boolean;
  run: () => { Timestamps: number[]; Values: number[] };
}

/**
 * GetMetricData with MetricStat queries (no metric math, Metrics Insights or paging: every result
 * comes in one page). Timestamps and Values are newest first unless ScanBy is TimestampAscending;
 * periods without data, or where a percentile cannot be computed, are left out, as CloudWatch does.
 */
export function getMetricData(store: MetricStore, input: Input): { MetricDataResults: Record<string, unknown>[]; Messages: [] } {
  const start = requiredTimestamp(input, "StartTime");
  const end = requiredTimestamp(input, "EndTime");
  const scanBy = optionalString(input, "ScanBy") ?? "TimestampDescending";
  if (scanBy !== "TimestampDescending" && scanBy !== "TimestampAscending") throw invalidParameterValue(`The parameter ScanBy must be TimestampDescending or TimestampAscending.`);
  const items = optionalArray(input, "MetricDataQueries", 500);
  if (items.length === 0) throw invalidParameterValue("The parameter MetricDataQueries must hold at least one query.");
  const queries = items.map((item, index) => parseQuery(store, asInput(item, `MetricDataQueries.member.${index + 1}`), start, end));
  const ids = new Set<string>();
  for (const { id } of queries) {
    if (ids.has(id)) throw invalidParameterValue(`The value ${id} for parameter MetricDataQueries.member.Id is not unique.`);
    ids.add(id);
  }
  const MetricDataResults = queries
    .filter((query) => query.returnData)
    .map((query) => {
      const { Timestamps, Values } = query.run();
      if (scanBy === "TimestampDescending") {
        Timestamps.reverse();
        Values.reverse();
      }
      return { Id: query.id, Label: query.label, Timestamps, Values, StatusCode: "Complete", Messages: [] };
    });
  return { MetricDataResults, Messages: [] };
}

function parseQuery(store: MetricStore, query: Input, start: number, end: number): MetricStatQuery {
  const id = requiredString(query, "Id");
  if (!QUERY_ID.test(id)) throw invalidParameterValue(`The value ${id} for parameter MetricDataQueries.member.Id must start with a lower-case letter and hold only letters, digits and underscores.`);
  if (query.Expression !== undefined && query.Expression !== null) throw invalidParameterValue(`Metric math and Metrics Insights (Expression) are not served by this emulator: query ${id}.`);
  if (query.MetricStat === undefined || query.MetricStat === null) throw invalidParameterValue(`The query ${id} must have a MetricStat.`);
  const stat = asInput(query.MetricStat, "MetricStat");
  const metric = asInput(stat.Metric, "MetricStat.Metric");
  const namespace = requiredString(metric, "Namespace");
  const name = requiredString(metric, "MetricName");
  const dimensions = dimensionsOf(metric);
  const periodMs = periodOf(stat.Period, "MetricStat.Period");
  const statistic = requiredString(stat, "Stat");
  if (!isSupportedStatistic(statistic)) throw invalidParameterValue(`The statistic ${statistic} of query ${id} is not served here: Sum, SampleCount, Average, Minimum, Maximum or pNN.`);
  const unit = optionalUnit(stat);
  return {
    id,
    // CloudWatch's default label for a MetricStat is the metric name.
    label: optionalString(query, "Label", 2048) ?? name,
    returnData: query.ReturnData !== false,
    run: () => {
      const Timestamps: number[] = [];
      const Values: number[] = [];
      for (const { timestamp, aggregate } of queryPeriods(store, { namespace, name, dimensions }, { start, end, periodMs, unit })) {
        const value = statisticValue(aggregate, statistic);
        if (value === undefined) continue;
        Timestamps.push(timestamp / 1000);
        Values.push(value);
      }
      return { Timestamps, Values };
    },
  };
}
