import * as z from "zod";

export interface GatewayRefusals {
  throttled: number;
  quotaExceeded: number;
}

/** Thrown when the configured metrics endpoint does not answer as the emulator does (logged; a generic 500 outside). */
export class GatewayMetricsUnavailable extends Error {
  override readonly name = "GatewayMetricsUnavailable";
}

const TIMEOUT_MS = 3_000;

/** The part of the emulator's `GET /_emulator/metrics` read here; other fields may come and go. */
const snapshotSchema = z.looseObject({
  routes: z.array(z.looseObject({ route: z.string(), throttled: z.number().int().nonnegative(), quotaExceeded: z.number().int().nonnegative() })),
});

/**
 * Throttle (429 Too Many Requests) and quota (429 Limit Exceeded) refusals, summed over every
 * route, from the local stack's emulator. `undefined` URL (AWS): null, because API Gateway's
 * CloudWatch metrics count 4XXError per stage, not per error type.
 */
export async function readGatewayRefusals(url: string | undefined): Promise<GatewayRefusals | null> {
  if (!url) return null;
  let body: unknown;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
    if (!response.ok) throw new Error(`answered ${response.status}`);
    body = await response.json();
  } catch (error) {
    throw new GatewayMetricsUnavailable(`Gateway metrics at ${url}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const parsed = snapshotSchema.safeParse(body);
  if (!parsed.success) throw new GatewayMetricsUnavailable(`Gateway metrics at ${url} are not the emulator's route counters: ${parsed.error.message}`);
  return parsed.data.routes.reduce((sum, route) => ({ throttled: sum.throttled + route.throttled, quotaExceeded: sum.quotaExceeded + route.quotaExceeded }), { throttled: 0, quotaExceeded: 0 });
}
