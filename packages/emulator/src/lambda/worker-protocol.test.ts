import { describe, expect, it } from "vitest";
import { decodeFrame, encodeFrame, toLambdaError } from "./worker-protocol";

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

describe("invocation frames", () => {
  it("round-trip every field, whatever the JSON holds", () => {
    const message = { seq: 42, requestId: "6f1c2e1a-0000-4000-8000-000000000001", deadlineMs: 1_764_650_000_123, eventJson: '{"a":"x y\\n z","b":[1, 2]}' };
    expect(decodeFrame(42, encodeFrame(message.requestId, message.eventJson), message.deadlineMs)).toEqual(message);
  });
});
