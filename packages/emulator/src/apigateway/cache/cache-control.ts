import { isHeaderNamed, type GatewayRequest } from "../gateway-request";

/** Whether any `Cache-Control` header of the request holds the directive `max-age=0` (names case-insensitive). */
export function asksForFreshResponse(request: GatewayRequest): boolean {
  const raw = request.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) {
    if (!isHeaderNamed(raw[i] as string, "cache-control")) continue;
    for (const directive of (raw[i + 1] as string).split(",")) if (directive.trim().toLowerCase() === "max-age=0") return true;
  }
  return false;
}
