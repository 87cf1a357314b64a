import { headerValues, type GatewayRequest } from "../gateway-request";

/** Whether any `Cache-Control` header of the request holds the directive `max-age=0` (names case-insensitive). */
export function asksForFreshResponse(request: GatewayRequest): boolean {
  return headerValues(request, "cache-control").some((value) => value.split(",").some((directive) => directive.trim().toLowerCase() === "max-age=0"));
}
