import type { CorsHeaders } from "./cors";
import type { GatewayResponseType } from "./gateway-responses";
import type { IntegrationReply } from "./proxy-response";

/**
 * What one request comes to (`handle-request.ts` decides it, the integration may, and
 * `response-writer.ts` writes it): a gateway response, SST's CORS mock, or the function's reply.
 */
export type Outcome =
  | { kind: "gateway"; type: GatewayResponseType }
  | { kind: "cors-preflight"; cors: CorsHeaders }
  | { kind: "integration"; reply: IntegrationReply };

/** What the access log and metrics need from a request, filled in as it goes through the steps. */
export interface Trace {
  /** `GET /v1/links/{code}` for metrics; undefined when no method matched. */
  routeKey?: string;
  resourcePath?: string;
  principalId?: string;
  apiKeyId?: string;
  integrationLatencyMs?: number;
  /** Set on methods the stage cache serves: whether this answer came from it (CacheHitCount / CacheMissCount). */
  cache?: "hit" | "miss";
}
