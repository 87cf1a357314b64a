/**
 * Lambda event filtering (https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html):
 * a record goes to the function when it matches any of the mapping's filter patterns. A pattern
 * mirrors the record's JSON; each leaf is a list of matchers, any of which may match (a list value
 * in the record matches when any element does). Matchers: a literal (string, number, boolean,
 * null; "" is "empty"), `prefix`, `suffix`, `equals-ignore-case`, `anything-but` (a value, a list
 * or `{ prefix }`), `numeric` (one or two comparisons; JSON numbers only, so not DynamoDB's "N"
 * strings), `exists` (leaf values only, as in SNS's filter policies which share the syntax,
 * https://docs.aws.amazon.com/sns/latest/dg/attribute-key-matching.html; on DynamoDB JSON it goes
 * under the type key, `{ "S": [{ "exists": true }] }`).
 */
export interface FilterCriteria {
  Filters: { Pattern: string }[];
}

export type RecordFilter = (record: unknown) => boolean;
type Pattern = { [key: string]: Pattern | Matcher[] };
type Scalar = string | number | boolean | null;
type Matcher = Scalar | { [operator: string]: unknown };

/** Lambda's default quota of filters per event source mapping, and its pattern length limit. */
const MAX_FILTERS = 5;
const MAX_PATTERN_LENGTH = 4096;
const NUMERIC_OPERATORS = ["=", "<", "<=", ">", ">="];

/** Compiles the criteria; `fail(rule)` is called with what is wrong (it throws). */
export function compileFilterCriteria(criteria: unknown, fail: (rule: string) => never): RecordFilter {
  const filters = (criteria as { Filters?: unknown } | null)?.Filters;
  if (!Array.isArray(filters) || filters.length < 1 || filters.length > MAX_FILTERS) fail(`must be { Filters: [{ Pattern }] } with 1 to ${MAX_FILTERS} filters`);
  const patterns = (filters as unknown[]).map((filter, i) => {
    const text = (filter as { Pattern?: unknown } | null)?.Pattern;
    if (typeof text !== "string" || text.length > MAX_PATTERN_LENGTH) fail(`Filters[${i}].Pattern must be a JSON string of at most ${MAX_PATTERN_LENGTH} characters`);
    let pattern: unknown;
    try {
      pattern = JSON.parse(text as string);
    } catch {
      fail(`Filters[${i}].Pattern is not valid JSON`);
    }
    checkPattern(pattern, `Filters[${i}].Pattern`, fail);
    return pattern as Pattern;
  });
  return (record) => patterns.some((pattern) => matches(pattern, record));
}

function checkPattern(pattern: unknown, where: string, fail: (rule: string) => never, nested = false): void {
  if (typeof pattern !== "object" || pattern === null || Array.isArray(pattern)) {
    fail(nested ? `${where} must be a list of matchers (such as ["INSERT"]) or an object` : `${where} must be a JSON object`);
  }
  for (const [key, value] of Object.entries(pattern as object)) {
    if (!Array.isArray(value)) {
      checkPattern(value, `${where}.${key}`, fail, true);
      continue;
    }
    for (const matcher of value) if (!validMatcher(matcher)) fail(`${where}.${key} has an unsupported matcher ${JSON.stringify(matcher)}`);
  }
}

function validMatcher(m: unknown): boolean {
  if (m === null || ["string", "number", "boolean"].includes(typeof m)) return true;
  if (typeof m !== "object" || Array.isArray(m) || Object.keys(m).length !== 1) return false;
  const [[operator, arg]] = Object.entries(m) as [[string, unknown]];
  switch (operator) {
    case "prefix":
    case "suffix":
    case "equals-ignore-case":
      return typeof arg === "string";
    case "exists":
      return typeof arg === "boolean";
    case "anything-but":
      return isScalar(arg) || (Array.isArray(arg) && arg.every(isScalar)) || (typeof (arg as { prefix?: unknown })?.prefix === "string" && Object.keys(arg as object).length === 1);
    case "numeric": {
      const parts = arg as unknown[];
      if (!Array.isArray(parts) || (parts.length !== 2 && parts.length !== 4)) return false;
      return parts.every((part, i) => (i % 2 === 0 ? NUMERIC_OPERATORS.includes(part as string) : typeof part === "number"));
    }
    default:
      return false;
  }
}

const isScalar = (value: unknown): value is Scalar => value === null || ["string", "number", "boolean"].includes(typeof value);

function matches(pattern: Pattern, value: unknown): boolean {
  // A list of objects matches when one of them does.
  if (Array.isArray(value)) return value.some((element) => matches(pattern, element));
  const object = typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  return Object.entries(pattern).every(([key, sub]) => {
    if (!Array.isArray(sub)) return matches(sub, object[key]);
    if (!(key in object)) return sub.some((m) => typeof m === "object" && m !== null && (m as { exists?: unknown }).exists === false);
    const values = Array.isArray(object[key]) ? (object[key] as unknown[]) : [object[key]];
    return values.some((v) => sub.some((m) => matchOne(m, v)));
  });
}

function matchOne(matcher: Matcher, value: unknown): boolean {
  if (isScalar(matcher)) return value === matcher;
  const [[operator, arg]] = Object.entries(matcher) as [[string, unknown]];
  const text = typeof value === "string" ? value : undefined;
  switch (operator) {
    case "prefix":
      return text !== undefined && text.startsWith(arg as string);
    case "suffix":
      return text !== undefined && text.endsWith(arg as string);
    case "equals-ignore-case":
      return text !== undefined && text.toLowerCase() === (arg as string).toLowerCase();
    case "exists":
      return arg === true && (value === null || typeof value !== "object");
    case "anything-but": {
      const prefix = (arg as { prefix?: string } | null)?.prefix;
      if (typeof prefix === "string") return text !== undefined && !text.startsWith(prefix);
      return !(Array.isArray(arg) ? arg : [arg]).includes(value as Scalar);
    }
    case "numeric": {
      if (typeof value !== "number") return false;
      const parts = arg as (string | number)[];
      for (let i = 0; i < parts.length; i += 2) if (!compare(value, parts[i] as string, parts[i + 1] as number)) return false;
      return true;
    }
    default:
      return false;
  }
}

function compare(value: number, operator: string, bound: number): boolean {
  if (operator === "=") return value === bound;
  if (operator === "<") return value < bound;
  if (operator === "<=") return value <= bound;
  if (operator === ">") return value > bound;
  return value >= bound;
}
