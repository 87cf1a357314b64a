import { isStandardUnit, type DataPoint } from "./metric-model";

/** CloudWatch's EMF limits: dimensions per set, metrics per directive, values per metric. */
const MAX_DIMENSIONS = 30;
const MAX_METRICS = 100;
const MAX_VALUES = 100;

/**
 * The data points of one log line in the embedded metric format (what Powertools Metrics prints),
 * as CloudWatch extracts them from a Lambda function's logs. A line that is not EMF gives none, and
 * so does invalid EMF, as CloudWatch ingests such a line as a log event only. The reading, per the
 * EMF specification:
 *  - the whole line is one JSON object with `_aws.Timestamp` (epoch ms) and `_aws.CloudWatchMetrics`,
 *    else the line is not EMF (no metrics from it at all);
 *  - a directive without a string `Namespace` or with malformed `Dimensions`/`Metrics` is skipped;
 *  - a dimension set naming more than 30 dimensions or one whose value is not a string is skipped;
 *  - a metric whose member is not a number or an array of at most 100 numbers, or whose `Unit` is not
 *    a CloudWatch unit, is skipped; each number of an array is one value.
 */
export function emfDataPoints(line: string): DataPoint[] {
  const trimmed = line.trim();
  if (!trimmed.startsWith("{") || !trimmed.includes('"_aws"')) return [];
  let root: unknown;
  try {
    root = JSON.parse(trimmed);
  } catch {
    return [];
  }
  if (!isObject(root) || !isObject(root._aws)) return [];
  const { Timestamp: at, CloudWatchMetrics: directives } = root._aws;
  if (typeof at !== "number" || !Number.isFinite(at) || !Array.isArray(directives)) return [];
  const points: DataPoint[] = [];
  for (const directive of directives) {
    if (!isObject(directive) || typeof directive.Namespace !== "string" || directive.Namespace === "") continue;
    if (!Array.isArray(directive.Dimensions) || !Array.isArray(directive.Metrics) || directive.Metrics.length > MAX_METRICS) continue;
    const dimensionSets = directive.Dimensions.map((set) => dimensionsOf(root as Record<string, unknown>, set)).filter((set) => set !== undefined);
    // No dimension set at all (`Dimensions: []`) is a metric without dimensions, as in CloudWatch.
    if (directive.Dimensions.length === 0) dimensionSets.push({});
    for (const metric of directive.Metrics) {
      if (!isObject(metric) || typeof metric.Name !== "string" || metric.Name === "") continue;
      const unit = metric.Unit ?? "None";
      if (!isStandardUnit(unit)) continue;
      const values = valuesOf(root[metric.Name]);
      for (const dimensions of dimensionSets) {
        for (const value of values) points.push({ namespace: directive.Namespace, name: metric.Name, dimensions, value, unit, at });
      }
    }
  }
  return points;
}

function dimensionsOf(root: Record<string, unknown>, set: unknown): Record<string, string> | undefined {
  if (!Array.isArray(set) || set.length > MAX_DIMENSIONS) return undefined;
  const dimensions: Record<string, string> = {};
  for (const name of set) {
    const value = typeof name === "string" ? root[name] : undefined;
    if (typeof value !== "string" || value === "") return undefined;
    dimensions[name as string] = value;
  }
  return dimensions;
}

function valuesOf(member: unknown): number[] {
  if (typeof member === "number") return Number.isFinite(member) ? [member] : [];
  if (!Array.isArray(member) || member.length > MAX_VALUES) return [];
  return member.every((value) => typeof value === "number" && Number.isFinite(value)) ? (member as number[]) : [];
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
