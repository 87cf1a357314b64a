import { describe, expect, it } from "vitest";
import { toLambdaError } from "./worker-protocol";

describe("toLambdaError", () => {
  it("keeps an Error's name, message and stack lines", () => {
    const error = new TypeError("bad input");
    const body = toLambdaError(error);
    expect(body).toMatchObject({ errorType: "TypeError", errorMessage: "bad input" });
    expect(body.trace[0]).toBe("TypeError: bad input");
  });

  it("reports thrown strings and objects by value", () => {
    expect(toLambdaError("nope")).toEqual({ errorType: "string", errorMessage: "nope", trace: [] });
    expect(toLambdaError({ code: 7 }, "Runtime.Unknown")).toEqual({ errorType: "Runtime.Unknown", errorMessage: '{"code":7}', trace: [] });
  });
});
