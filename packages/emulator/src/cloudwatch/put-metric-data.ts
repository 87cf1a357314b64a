import { invalidParameterCombination, invalidParameterValue } from "./cloudwatch-errors";
import { asInput, dimensionsOf, optionalArray, optionalUnit, requiredString, timestampOf, type Input } from "./cloudwatch-input";
import type { MetricStore } from "./metric-store";

/** CloudWatch accepts data points up to two weeks old and up to two hours ahead. */
const OLDEST_MS = 14 * 24 * 3_600_000;
const NEWEST_MS = 2 * 3_600_000;

/** PutMetricData: every datum is validated before any is stored, so a refused call stores nothing. */
export function putMetricData(store: MetricStore, input: Input, now: number): Record<string, never> {
  const namespace = requiredString(input, "Namespace");
  if (namespace.startsWith("AWS/")) throw invalidParameterValue(`The value ${namespace} for parameter Namespace is invalid: AWS/ is reserved for AWS services.`);
  const data = optionalArray(input, "MetricData", 1000);
  if (data.length === 0) throw invalidParameterValue("The parameter MetricData must hold at least one datum.");
  const writes = data.map((item, index) => parseDatum(asInput(item, `MetricData.member.${index + 1}`), namespace, now));
  for (const write of writes) write(store);
  return {};
}

function parseDatum(datum: Input, namespace: string, now: number): (store: MetricStore) => void {
  const name = requiredString(datum, "MetricName");
  const dimensions = dimensionsOf(datum);
  const unit = optionalUnit(datum);
  const at = datum.Timestamp === undefined || datum.Timestamp === null ? now : timestampOf(datum.Timestamp, "Timestamp");
  if (at < now - OLDEST_MS || at > now + NEWEST_MS) {
    throw invalidParameterValue(`The parameter MetricData.member.Timestamp must be within the past two weeks and the next two hours.`);
  }
  const point = { namespace, name, dimensions, unit, at };
  const forms = ["Value", "StatisticValues", "Values"].filter((key) => datum[key] !== undefined && datum[key] !== null);
  if (forms.length !== 1) throw invalidParameterCombination(`Exactly one of Value, StatisticValues or Values must be given for MetricName ${name}.`);
  if (forms[0] === "Value") {
    const value = finite(datum.Value, "Value");
    return (store) => store.record({ ...point, value });
  }
  if (forms[0] === "StatisticValues") {
    const set = asInput(datum.StatisticValues, "StatisticValues");
    const parsed = {
      sampleCount: finite(set.SampleCount, "StatisticValues.SampleCount"),
      sum: finite(set.Sum, "StatisticValues.Sum"),
      minimum: finite(set.Minimum, "StatisticValues.Minimum"),
      maximum: finite(set.Maximum, "StatisticValues.Maximum"),
    };
    if (parsed.sampleCount <= 0 || parsed.minimum > parsed.maximum) throw invalidParameterValue("The parameter StatisticValues is not a valid statistic set.");
    return (store) => store.recordStatisticSet(point, parsed);
  }
  const values = optionalArray(datum, "Values", 150).map((value) => finite(value, "Values"));
  const counts = optionalArray(datum, "Counts", 150).map((count) => finite(count, "Counts"));
  if (counts.length > 0 && counts.length !== values.length) throw invalidParameterValue("The parameters Values and Counts must have the same length.");
  const weighted = values.map((value, index) => ({ value, count: counts[index] ?? 1 }));
  if (weighted.some(({ count }) => count < 0)) throw invalidParameterValue("The parameter Counts must hold no negative count.");
  const counted = weighted.filter(({ count }) => count > 0);
  if (counted.length === 0) throw invalidParameterValue(`The parameter Values of MetricName ${name} must hold at least one value with a positive count.`);
  return (store) => store.recordMany(point, counted);
}

function finite(value: unknown, name: string): number {
  if (typeof value !== "number" || !Number.isFinite(value)) throw invalidParameterValue(`The parameter ${name} must be a finite number.`);
  return value;
}
