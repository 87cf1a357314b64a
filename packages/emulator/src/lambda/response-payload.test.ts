import { describe, expect, it } from "vitest";
import { MAX_RESPONSE_PAYLOAD_BYTES, resultOutcome } from "./response-payload";

describe("resultOutcome", () => {
  it("parses a result under Lambda's response limit, and no result as null", () => {
    expect(resultOutcome('{"statusCode":200}')).toEqual({ kind: "ok", payload: { statusCode: 200 } });
    expect(resultOutcome(undefined)).toEqual({ kind: "ok", payload: null });
  });

  it("is a function error over 6,291,556 bytes, counted in UTF-8 bytes", () => {
    const exactly = JSON.stringify("x".repeat(MAX_RESPONSE_PAYLOAD_BYTES - 2));
    expect(resultOutcome(exactly).kind).toBe("ok");
    expect(resultOutcome(JSON.stringify("x".repeat(MAX_RESPONSE_PAYLOAD_BYTES - 1)))).toMatchObject({ kind: "error", error: { errorType: "Function.ResponseSizeTooLarge" } });
    // Two UTF-8 bytes per character: over the limit in bytes though not in characters.
    expect(resultOutcome(JSON.stringify("é".repeat(MAX_RESPONSE_PAYLOAD_BYTES / 2))).kind).toBe("error");
  });
});
