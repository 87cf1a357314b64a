import { describe, expect, it } from "vitest";
import type { WebSocketRouteDefinition } from "./definition";
import { compileRouteSelection } from "./route-selection";

const routes = (...keys: string[]) => new Map<string, WebSocketRouteDefinition>(keys.map((routeKey) => [routeKey, { routeKey, function: "f" }]));
const keyOf = (route: WebSocketRouteDefinition | undefined) => route?.routeKey;

describe("route selection ($request.body.<path>)", () => {
  const select = compileRouteSelection("$request.body.action", routes("$default", "send", "42", "$disconnect"));

  it("takes the route whose key is the (stringified) value, else $default", () => {
    expect(keyOf(select('{"action":"send"}'))).toBe("send");
    expect(keyOf(select('{"action":42}'))).toBe("42");
    expect(keyOf(select('{"action":"other"}'))).toBe("$default");
    expect(keyOf(select('{"other":"send"}'))).toBe("$default");
    expect(keyOf(select("not json"))).toBe("$default");
    expect(keyOf(select('"send"'))).toBe("$default");
    expect(keyOf(select('{"action":"$disconnect"}'))).toBe("$default");
    expect(keyOf(select('{"action":"__proto__"}'))).toBe("$default");
  });

  it("follows nested paths, and the ${...} spelling", () => {
    const nested = compileRouteSelection("${request.body.meta.kind}", routes("send"));
    expect(keyOf(nested('{"meta":{"kind":"send"}}'))).toBe("send");
    expect(nested('{"meta":"send"}')).toBeUndefined();
  });
});
