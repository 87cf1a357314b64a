/**
 * Returns the proxy result named by `?case=`: well-formed edge cases (string status, header merge,
 * boolean headers, base64) and malformed ones API Gateway must turn into 502.
 */
const PNG_BYTES = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0x10, 0x80]);

export const RESPONSE_CASES: Record<string, () => unknown> = {
  "string-status": () => ({ statusCode: "201", body: "created" }),
  "missing-status": () => ({ body: "no status given" }),
  teapot: () => ({ statusCode: 418, headers: { "X-Custom": "kept" }, body: "short and stout" }),
  "extra-key": () => ({ statusCode: 200, body: "ok", extra: "not allowed" }),
  "not-object": () => "just a string",
  null: () => null,
  "bad-status": () => ({ statusCode: "abc", body: "" }),
  "body-object": () => ({ statusCode: 200, body: { a: 1 } }),
  "multi-not-array": () => ({ statusCode: 200, multiValueHeaders: { "X-Multi": "not-an-array" }, body: "" }),
  merge: () => ({ statusCode: 200, headers: { "X-Merge": "a" }, multiValueHeaders: { "X-Merge": ["b", "c"] }, body: "" }),
  scalars: () => ({ statusCode: 200, headers: { "X-Flag": true, "X-Number": 42 }, body: "" }),
  "multi-value": () => ({ statusCode: 200, multiValueHeaders: { "Set-Cookie": ["a=1", "b=2"] }, body: "" }),
  "no-content-type": () => ({ statusCode: 200, body: "{}" }),
  binary: () => ({ statusCode: 200, headers: { "Content-Type": "image/png" }, body: PNG_BYTES.toString("base64"), isBase64Encoded: true }),
  // Lambda's response limit is 6,291,556 bytes of JSON: one body just over it, one as large as a recorded 200.
  oversized: () => ({ statusCode: 200, body: "x".repeat(6_291_556) }),
  large: () => ({ statusCode: 200, body: "x".repeat(5_837_201) }),
  "base64-text": () => ({ statusCode: 200, headers: { "Content-Type": "text/plain" }, body: Buffer.from("hello").toString("base64"), isBase64Encoded: true }),
};

export { PNG_BYTES };

export const handler = async (event: { queryStringParameters: Record<string, string> | null }) => {
  const name = event.queryStringParameters?.case ?? "";
  const build = RESPONSE_CASES[name];
  return build ? build() : { statusCode: 400, body: JSON.stringify({ message: `unknown case ${name}` }) };
};
