import { ApiError } from "@linkgate/contract";
import { describe, expect, it } from "vitest";
import { describeError, fieldErrors } from "./describe-error";

describe("describeError", () => {
  it("tells a throttle (retry soon) from a spent quota (retrying will not help)", () => {
    const throttled = describeError(new ApiError({ status: 429, code: "throttled", message: "Too Many Requests", gatewayErrorType: "TooManyRequestsException" }));
    const quota = describeError(new ApiError({ status: 429, code: "quota_exceeded", message: "Limit Exceeded", gatewayErrorType: "LimitExceededException" }));
    expect(throttled).toMatchObject({ title: "Too many requests", retryable: true });
    expect(quota).toMatchObject({ title: "Call quota used up", retryable: false });
    expect(quota.detail).toContain("period resets");
  });

  it("offers a retry for network failures and 5xx, never shows a 5xx's internals", () => {
    expect(describeError(new TypeError("Failed to fetch"))).toMatchObject({ title: "Cannot reach Linkgate", retryable: true });
    const server = describeError(new ApiError({ status: 500, code: "internal", message: "stack trace here", requestId: "req-1" }));
    expect(server.retryable).toBe(true);
    expect(server.detail).not.toContain("stack trace");
    expect(server.detail).toContain("req-1");
  });
});

describe("fieldErrors", () => {
  it("maps issues onto fields by their request path, keeping the others apart", () => {
    const error = new ApiError({
      status: 400,
      code: "validation_failed",
      message: "invalid",
      issues: [
        { path: "body.target", message: "bad target" },
        { path: "body", message: "Unknown field(s): colour." },
      ],
    });
    expect(fieldErrors(error)).toEqual({ fields: { target: "bad target" }, other: ["Unknown field(s): colour."] });
  });
});
