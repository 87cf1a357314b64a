export { startGateway, type Gateway, type GatewayOptions } from "./gateway-server";
export type { AccessLogLine, AccessLogListener } from "./access-log";
export type { MetricsSnapshot, RouteMetricsSnapshot } from "./route-metrics";
export type { ProxyEvent, RequestContext } from "./proxy-event";
export { GATEWAY_RESPONSES, type GatewayResponseType, type GatewayResponseSpec } from "./gateway-responses";
export { MAX_HEADER_BYTES, MAX_PAYLOAD_BYTES } from "./limits";
export { DEFAULT_INTEGRATION_TIMEOUT_MS } from "./compiled-stage";
export type {
  ApiDefinition,
  AuthorizerDefinition,
  HttpMethod,
  RouteDefinition,
  ThrottleSettings,
} from "./definition";
export {
  CACHE_CLUSTER_SIZES,
  UNAUTHORIZED_CACHE_CONTROL_STRATEGIES,
  type CacheClusterSize,
  type MethodCacheSettings,
  type UnauthorizedCacheControlHeaderStrategy,
} from "./cache/cache-definition";
