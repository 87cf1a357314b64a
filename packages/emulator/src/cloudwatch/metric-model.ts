/** The units CloudWatch accepts (StandardUnit); a data point without one is `None`. */
export const STANDARD_UNITS = [
  "Seconds", "Microseconds", "Milliseconds", "Bytes", "Kilobytes", "Megabytes", "Gigabytes", "Terabytes",
  "Bits", "Kilobits", "Megabits", "Gigabits", "Terabits", "Percent", "Count", "Bytes/Second", "Kilobytes/Second",
  "Megabytes/Second", "Gigabytes/Second", "Terabytes/Second", "Bits/Second", "Kilobits/Second", "Megabits/Second",
  "Gigabits/Second", "Terabits/Second", "Count/Second", "None",
] as const;
export type StandardUnit = (typeof STANDARD_UNITS)[number];
const UNIT_SET: ReadonlySet<string> = new Set(STANDARD_UNITS);
export const isStandardUnit = (unit: unknown): unit is StandardUnit => typeof unit === "string" && UNIT_SET.has(unit);

/** Dimension name → value, as the recorder takes them; CloudWatch's `[{ Name, Value }]` lists are sorted by name. */
export type Dimensions = Readonly<Record<string, string>>;

/** One value of one metric, as the gateway, the Lambda runtime, EMF or PutMetricData produce it. */
export interface DataPoint {
  namespace: string;
  name: string;
  dimensions?: Dimensions;
  value: number;
  unit?: StandardUnit;
  /** When it happened, epoch milliseconds; now when absent. */
  at?: number;
}

/** A metric as ListMetrics names it: namespace, name and its exact set of dimensions. */
export interface MetricIdentity {
  namespace: string;
  name: string;
  /** Sorted by name, so that one set of dimensions is one series however it was written. */
  dimensions: { name: string; value: string }[];
}

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const minuteOf = (epochMs: number) => Math.floor(epochMs / MINUTE_MS) * MINUTE_MS;

export function sortedDimensions(dimensions: Dimensions | undefined): { name: string; value: string }[] {
  if (dimensions === undefined) return [];
  return Object.keys(dimensions)
    .sort()
    .map((name) => ({ name, value: dimensions[name]! }));
}

/** The series key: namespace, name and sorted dimensions, joined by a character none of them may hold. */
export function seriesKey(namespace: string, name: string, dimensions: { name: string; value: string }[]): string {
  let key = `${namespace}\u0000${name}`;
  for (const dimension of dimensions) key += `\u0000${dimension.name}\u0001${dimension.value}`;
  return key;
}
