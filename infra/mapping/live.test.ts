import { describe, expect, it } from "vitest";
import type { LiveRouteShape } from "./live";
import { LIVE_AUTHORIZER_IDENTITY_SOURCE, LIVE_ROUTE_RESPONSE_KEY, liveRouteArgsFor, liveRouteFor, liveRoutesFor } from "./live";

function aRoute(overrides: Partial<LiveRouteShape> = {}): LiveRouteShape {
  return { routeKey: "ping", name: "livePing", authorized: false, ...overrides };
}

const connect = aRoute({ routeKey: "$connect", name: "liveConnect", authorized: true });

describe("liveRouteFor", () => {
  it("builds the route key and the handler, the route's own file under handlers/", () => {
    expect(liveRouteFor(aRoute())).toEqual({
      name: "livePing",
      routeKey: "ping",
      handler: "packages/functions/src/handlers/live-ping.handler",
      authorizer: false,
      twoWay: true,
    });
  });

  it("answers the client on message routes only, not on $connect and $disconnect", () => {
    expect(liveRouteFor(connect).twoWay).toBe(false);
    expect(liveRouteFor(aRoute({ routeKey: "$disconnect", name: "liveDisconnect" })).twoWay).toBe(false);
    expect(liveRouteFor(aRoute({ routeKey: "$default", name: "liveMessage" })).twoWay).toBe(true);
  });

  it("refuses an authorizer on any route but $connect (API Gateway runs none there, SST would drop it)", () => {
    expect(() => liveRouteFor(aRoute({ authorized: true }))).toThrow(/"livePing" \(ping\): only \$connect can be behind an authorizer/);
    expect(() => liveRouteFor(aRoute({ routeKey: "$default", name: "liveMessage", authorized: true }))).toThrow(/only \$connect/);
  });

  it("refuses a route key that is neither a predefined route nor a plain action", () => {
    expect(() => liveRouteFor(aRoute({ routeKey: "$ping" }))).toThrow(/"\$ping" is not \$connect, \$disconnect, \$default or a plain action name/);
    expect(() => liveRouteFor(aRoute({ routeKey: "get links" }))).toThrow(/"get links" is not/);
  });
});

describe("liveRoutesFor", () => {
  it("keeps every route, in order", () => {
    expect(liveRoutesFor([connect, aRoute()]).map((spec) => spec.routeKey)).toEqual(["$connect", "ping"]);
  });

  it("refuses a function name or a route key declared twice", () => {
    expect(() => liveRoutesFor([connect, aRoute(), aRoute({ routeKey: "pong" })])).toThrow(/live function name "livePing" more than once/);
    expect(() => liveRoutesFor([connect, aRoute(), aRoute({ name: "liveMessage" })])).toThrow(/live route key "ping" more than once/);
  });

  it("refuses a live API whose $connect is missing or open", () => {
    expect(() => liveRoutesFor([aRoute()])).toThrow(/needs a \$connect route behind the authorizer/);
    expect(() => liveRoutesFor([{ ...connect, authorized: false }, aRoute()])).toThrow(/needs a \$connect route behind the authorizer/);
  });
});

describe("liveRouteArgsFor", () => {
  it("puts the Lambda authorizer on $connect, and nothing else there", () => {
    expect(liveRouteArgsFor(liveRouteFor(connect), "auth-id")).toEqual({ name: "liveConnect", auth: { lambda: "auth-id" } });
  });

  it("gives message routes the $default route response selection, and no authorizer", () => {
    expect(liveRouteArgsFor(liveRouteFor(aRoute()), "auth-id")).toEqual({
      name: "livePing",
      transform: { route: { routeResponseSelectionExpression: "$default" } },
    });
    expect(LIVE_ROUTE_RESPONSE_KEY).toBe("$default");
  });

  it("leaves $disconnect bare", () => {
    expect(liveRouteArgsFor(liveRouteFor(aRoute({ routeKey: "$disconnect", name: "liveDisconnect" })), "auth-id")).toEqual({ name: "liveDisconnect" });
  });
});

describe("LIVE_AUTHORIZER_IDENTITY_SOURCE", () => {
  it("is the token query parameter, in WebSocket route syntax", () => {
    expect(LIVE_AUTHORIZER_IDENTITY_SOURCE).toBe("route.request.querystring.token");
  });
});
