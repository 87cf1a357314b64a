import { requestHeaderWireNames } from "@linkgate/contract";
import { describe, expect, it } from "vitest";
import { CORS_ALLOW_HEADERS, withListedCorsHeaders } from "./cors";

describe("CORS allowed headers", () => {
  it("names Authorization, which `*` never covers, and every request header of the contract", () => {
    expect(CORS_ALLOW_HEADERS).toEqual(expect.arrayContaining(["Authorization", "Content-Type", "X-Api-Key", ...Object.values(requestHeaderWireNames)]));
  });

  it("replaces SST's '*' in an OPTIONS mock's integration response, and leaves the other headers", () => {
    const sst = {
      "method.response.header.Access-Control-Allow-Headers": "'*'",
      "method.response.header.Access-Control-Allow-Methods": "'OPTIONS,GET,PUT,POST,DELETE,PATCH,HEAD'",
      "method.response.header.Access-Control-Allow-Origin": "'*'",
    };
    expect(withListedCorsHeaders(sst)).toEqual({ ...sst, "method.response.header.Access-Control-Allow-Headers": "'Authorization,Content-Type,X-Api-Key,Idempotency-Key'" });
    expect(sst["method.response.header.Access-Control-Allow-Headers"]).toBe("'*'"); // not mutated
  });

  it("replaces it in the DEFAULT_4XX/5XX gateway responses too", () => {
    const sst = { "gatewayresponse.header.Access-Control-Allow-Origin": "'*'", "gatewayresponse.header.Access-Control-Allow-Headers": "'*'" };
    expect(withListedCorsHeaders(sst)["gatewayresponse.header.Access-Control-Allow-Headers"]).toBe(`'${CORS_ALLOW_HEADERS.join(",")}'`);
  });

  it("leaves alone what is not SST's wildcard, and what it cannot read", () => {
    const own = { "method.response.header.Access-Control-Allow-Headers": "'X-Custom'" };
    const output = new (class Output {})();
    expect(withListedCorsHeaders(own)).toEqual(own);
    expect(withListedCorsHeaders(undefined)).toBeUndefined();
    expect(withListedCorsHeaders(output)).toBe(output);
  });
});
