import { describe, expect, it } from "vitest";
import type { GatewayRequest } from "../gateway-request";
import { compilePolicy } from "../authorizer/policy";
import { asksForFreshResponse } from "./cache-control";

const request = (rawHeaders: string[]) => ({ rawHeaders }) as unknown as GatewayRequest;

describe("asksForFreshResponse", () => {
  it("finds max-age=0 among the directives of any Cache-Control header, in any case", () => {
    expect(asksForFreshResponse(request(["Cache-Control", "max-age=0"]))).toBe(true);
    expect(asksForFreshResponse(request(["x", "1", "cache-control", "no-store, Max-Age=0"]))).toBe(true);
    expect(asksForFreshResponse(request(["Cache-Control", "max-age=60"]))).toBe(false);
    expect(asksForFreshResponse(request(["Cache-Control", "no-cache"]))).toBe(false);
    expect(asksForFreshResponse(request(["X-Cache-Control", "max-age=0"]))).toBe(false);
  });
});

describe("a policy's execute-api:InvalidateCache", () => {
  const arn = "arn:aws:execute-api:us-east-1:123456789012:api/test/GET/report";
  it("is allowed only by a statement naming the action (or a wildcard over it), and an explicit Deny wins", () => {
    const invokeOnly = compilePolicy({ Statement: [{ Effect: "Allow", Action: "execute-api:Invoke", Resource: "*" }] });
    expect(invokeOnly.evaluateAction("execute-api:InvalidateCache", arn)).toBe("NoMatch");
    const wildcard = compilePolicy({ Statement: [{ Effect: "Allow", Action: "execute-api:*", Resource: "arn:aws:execute-api:*:*:api/test/GET/*" }] });
    expect(wildcard.evaluateAction("execute-api:InvalidateCache", arn)).toBe("Allow");
    const denied = compilePolicy({
      Statement: [
        { Effect: "Allow", Action: "execute-api:*", Resource: "*" },
        { Effect: "Deny", Action: "execute-api:InvalidateCache", Resource: arn },
      ],
    });
    expect(denied.evaluateAction("execute-api:InvalidateCache", arn)).toBe("Deny");
    expect(denied.evaluate(arn)).toBe("Allow");
  });
});
