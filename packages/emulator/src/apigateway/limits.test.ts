import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { headerBytes, headersOverLimit } from "./limits";

const request = (rawHeaders: string[], url = "/v1/links") => ({ method: "GET", url, httpVersion: "1.1", rawHeaders }) as unknown as IncomingMessage;

describe("headersOverLimit", () => {
  const limit = 200;
  it.each<[string, IncomingMessage]>([
    ["a small ASCII request", request(["Host", "h", "Accept", "*/*"])],
    // The request line `GET /v1/links HTTP/1.1` and `X-Pad` take 27 bytes.
    ["ASCII just under the limit", request(["X-Pad", "a".repeat(172)])],
    ["ASCII at the limit", request(["X-Pad", "a".repeat(173)])],
    ["ASCII just over the limit", request(["X-Pad", "a".repeat(174)])],
    ["two-byte characters under the limit", request(["X-Pad", "é".repeat(86)])],
    ["two-byte characters over the limit", request(["X-Pad", "é".repeat(87)])],
    ["three-byte characters under the limit", request(["X-Pad", "✓".repeat(57)])],
    ["three-byte characters over the limit", request(["X-Pad", "✓".repeat(58)])],
    ["emoji (surrogate pairs) under the limit", request(["X-Pad", "😀".repeat(43)])],
    ["emoji (surrogate pairs) over the limit", request(["X-Pad", "😀".repeat(44)])],
    ["a long URL", request([], `/${"x".repeat(limit)}`)],
  ])("agrees with headerBytes for %s", (_, req) => {
    expect(headersOverLimit(req, limit)).toBe(headerBytes(req) > limit);
  });
});
