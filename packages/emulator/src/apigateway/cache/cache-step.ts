import type { CompiledPolicy } from "../authorizer/policy";
import type { GatewayRequest } from "../gateway-request";
import type { IntegrationReply } from "../proxy-response";
import type { RequestParts } from "../proxy-event";
import type { Outcome, Trace } from "../request-outcome";
import { UNAUTHORIZED_CACHE_CONTROL_WARNING } from "./cache-definition";
import { asksForFreshResponse } from "./cache-control";
import type { ResponseCache } from "./response-cache";
import type { RouteCache } from "./stage-cache";

const INVALIDATE_ACTION = "execute-api:InvalidateCache";

export interface CacheLookup {
  cache: RouteCache;
  responses: ResponseCache;
  /** The authorizer's policy for this caller, when the method has an authorizer. */
  policy: CompiledPolicy | undefined;
  /** Built only when a caller asks to invalidate. */
  methodArn: () => string;
}

/**
 * The cache around the integration, after authorization, usage plan and throttling (so a hit still
 * needs its key, counts against its quota and takes a throttle token): a hit answers without invoking
 * the function; a miss invokes it and keeps whatever it answered — any status, as AWS caches the
 * integration response — but not the gateway's own failures (502, 504).
 *
 * `Cache-Control: max-age=0` refetches and replaces the entry if the method does not require
 * authorization for it, or the caller's policy allows execute-api:InvalidateCache on the methodArn;
 * otherwise the method's strategy applies (api-gateway-caching, "Invalidate an API Gateway cache entry").
 * Reading: FAIL_WITH_403 answers as an implicit policy deny does (403 AccessDeniedException); the
 * documentation says only "returns a 403 Unauthorized response".
 */
export async function throughCache(lookup: CacheLookup, request: GatewayRequest, parts: RequestParts, trace: Trace, integrate: () => Promise<Outcome>): Promise<Outcome> {
  const { cache, responses } = lookup;
  if (cache.methods === "GET" && request.httpMethod !== "GET") return integrate();
  const key = cache.keyOf(request, parts);
  let read = true;
  let warn = false;
  if (asksForFreshResponse(request)) {
    if (!cache.requireAuthorization || lookup.policy?.evaluateAction(INVALIDATE_ACTION, lookup.methodArn()) === "Allow") read = false;
    else if (cache.strategy === "FAIL_WITH_403") return { kind: "gateway", type: "ACCESS_DENIED" };
    else warn = cache.strategy === "SUCCEED_WITH_RESPONSE_HEADER";
  }
  const hit = read ? responses.get(key, request.requestTimeEpoch) : undefined;
  if (hit !== undefined) {
    trace.cache = "hit";
    // The entry keeps the first caller's trace id; this answer carries this request's own.
    const reply = { ...hit, traceId: request.traceId };
    return { kind: "integration", reply: warn ? withWarning(reply) : reply };
  }
  trace.cache = "miss";
  const outcome = await integrate();
  if (outcome.kind !== "integration") return outcome;
  responses.set(key, outcome.reply, cache.ttlMs, Date.now());
  return warn ? { kind: "integration", reply: withWarning(outcome.reply) } : outcome;
}

/** A copy with the warning header: the cached reply itself stays as the integration sent it. */
function withWarning(reply: IntegrationReply): IntegrationReply {
  const headers = new Map(reply.headers);
  const { name, value } = UNAUTHORIZED_CACHE_CONTROL_WARNING;
  headers.set(name.toLowerCase(), { name, values: [value] });
  return { ...reply, headers };
}
