export { startWebSocketGateway, type WebSocketGateway, type WebSocketGatewayOptions } from "./websocket-gateway";
export {
  DEFAULT_ROUTE_SELECTION_EXPRESSION,
  DEFAULT_WEBSOCKET_LIMITS,
  type WebSocketApiDefinition,
  type WebSocketAuthorizerDefinition,
  type WebSocketLimits,
  type WebSocketRouteDefinition,
  type WebSocketRouteThrottle,
} from "./definition";
export type { WebSocketAccessLogLine } from "./ws-access-log";
