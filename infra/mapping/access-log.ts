import { accessLogMetricFields } from "@linkgate/contract/access-log-metrics";

/**
 * SST's access-log format (a JSON object of `$context` variables, as a string) with the fields the
 * refusal metric filters read added: which gateway response answered, and the stage. Strings are
 * quoted, as SST quotes its own string fields.
 */
export function withAccessLogMetricFields(format: string): string {
  const fields = JSON.parse(format) as Record<string, string>;
  for (const [name, variable] of Object.entries(accessLogMetricFields)) fields[name] = `"${variable}"`;
  return JSON.stringify(fields);
}
