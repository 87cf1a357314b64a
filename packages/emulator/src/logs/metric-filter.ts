/**
 * CloudWatch Logs metric filters on JSON log events, the subset the stack uses: a pattern of
 * `$.field` comparisons joined by `&&`, a value (a number, or `$.field`) and dimensions taken from
 * fields. `{ $.responseType = "THROTTLED" }` matches an access-log line whose responseType is
 * THROTTLED. Anything outside the subset is refused when the filter is compiled, with a message
 * saying what, rather than silently matching nothing.
 */

export interface MetricFilterDefinition {
  metricName: string;
  namespace: string;
  /** e.g. `{ $.responseType = "THROTTLED" && $.status = 429 }`. */
  pattern: string;
  /** `"1"`, another number, or `$.field` holding a number. */
  value: string;
  /** Dimension name → `$.field`; an event lacking the field emits no data point (as CloudWatch). */
  dimensions?: Record<string, string>;
}

export interface FilterDataPoint {
  namespace: string;
  metricName: string;
  value: number;
  dimensions: Record<string, string>;
}

export type CompiledMetricFilter = (event: Readonly<Record<string, unknown>>) => FilterDataPoint | undefined;

type Comparison = { field: string; operator: "=" | "!="; expected: string | number };

const FIELD = /^\$\.([A-Za-z_][A-Za-z0-9_]*)$/;
const COMPARISON = /^\$\.([A-Za-z_][A-Za-z0-9_]*)\s*(!=|=)\s*(?:"([^"]*)"|(-?\d+(?:\.\d+)?))$/;

function parsePattern(pattern: string): Comparison[] {
  const body = /^\{\s*(.*?)\s*\}$/.exec(pattern.trim())?.[1];
  if (body === undefined || body === "") throw new Error(`Metric filter pattern "${pattern}" is not a JSON pattern: write { $.field = "value" }.`);
  return body.split("&&").map((term) => {
    const match = COMPARISON.exec(term.trim());
    if (!match) throw new Error(`Metric filter pattern "${pattern}": "${term.trim()}" is not $.field = "text" or $.field = number (the subset the emulator supports).`);
    const [, field = "", operator, text, number] = match;
    return { field, operator: operator as "=" | "!=", expected: text ?? Number(number) };
  });
}

function fieldOf(reference: string, what: string): string {
  const field = FIELD.exec(reference)?.[1];
  if (!field) throw new Error(`Metric filter ${what} "${reference}" must be $.field.`);
  return field;
}

export function compileMetricFilter(definition: MetricFilterDefinition): CompiledMetricFilter {
  const comparisons = parsePattern(definition.pattern);
  const constant = /^-?\d+(\.\d+)?$/.test(definition.value) ? Number(definition.value) : undefined;
  const valueField = constant === undefined ? fieldOf(definition.value, "value") : undefined;
  const dimensions = Object.entries(definition.dimensions ?? {}).map(([name, reference]) => [name, fieldOf(reference, `dimension ${name}`)] as const);
  return (event) => {
    for (const { field, operator, expected } of comparisons) {
      const equal = event[field] === expected;
      if (operator === "=" ? !equal : equal) return undefined;
    }
    const value = constant ?? event[valueField ?? ""];
    if (typeof value !== "number" || !Number.isFinite(value)) return undefined;
    const point: FilterDataPoint = { namespace: definition.namespace, metricName: definition.metricName, value, dimensions: {} };
    for (const [name, field] of dimensions) {
      const dimension = event[field];
      if (typeof dimension !== "string" || dimension === "") return undefined;
      point.dimensions[name] = dimension;
    }
    return point;
  };
}
