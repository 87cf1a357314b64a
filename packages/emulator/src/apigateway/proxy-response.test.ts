import { describe, expect, it } from "vitest";
import { compileBinaryMediaTypes } from "./binary-media";
import { parseProxyResponse } from "./proxy-response";

const textOnly = compileBinaryMediaTypes([]);
const images = compileBinaryMediaTypes(["image/*"]);

const parse = (payload: unknown, binary = textOnly, accept = "*/*") => parseProxyResponse(payload, binary, () => accept);
const reply = (payload: unknown, binary = textOnly, accept = "*/*") => {
  const result = parse(payload, binary, accept);
  if (!result.ok) throw new Error(`expected a valid response, got: ${result.reason}`);
  return result.reply;
};
const header = (payload: unknown, name: string) => reply(payload).headers.get(name)?.values;

describe("parseProxyResponse", () => {
  it.each([
    ["a string", "hello"],
    ["null", null],
    ["an array", [1]],
    ["an unknown key", { statusCode: 200, extra: 1 }],
    ["a non-numeric statusCode", { statusCode: "ok" }],
    ["an out-of-range statusCode", { statusCode: 42 }],
    ["a non-array multiValueHeaders value", { multiValueHeaders: { a: "b" } }],
    ["an object header value", { headers: { a: { b: 1 } } }],
    ["an object body", { body: { a: 1 } }],
  ])("rejects %s", (_, payload) => {
    expect(parse(payload).ok).toBe(false);
  });

  it("accepts a numeric string status and defaults a missing one to 200", () => {
    expect(reply({ statusCode: "201" }).status).toBe(201);
    expect(reply({}).status).toBe(200);
  });

  it("renders scalar header values as text", () => {
    expect(header({ headers: { "X-Flag": true, "X-Count": 3 } }, "x-flag")).toEqual(["true"]);
    expect(header({ headers: { "X-Flag": true, "X-Count": 3 } }, "x-count")).toEqual(["3"]);
  });

  it("merges a header present in both maps as `b, c, a`: multiValueHeaders' values and spelling first", () => {
    expect(reply({ headers: { "X-A": "a" }, multiValueHeaders: { "x-a": ["b", "c"] } }).headers.get("x-a")).toEqual({ name: "x-a", values: ["b, c, a"] });
  });

  it("keeps multi-value headers as separate values", () => {
    expect(header({ multiValueHeaders: { "Set-Cookie": ["a=1", "b=2"] } }, "set-cookie")).toEqual(["a=1", "b=2"]);
  });

  it("defaults Content-Type to application/json", () => {
    expect(header({ body: "{}" }, "content-type")).toEqual(["application/json"]);
    expect(header({ headers: { "content-type": "text/plain" } }, "content-type")).toEqual(["text/plain"]);
  });

  it("decodes base64 only when the first Accept type is a binary media type", () => {
    const png = { headers: { "Content-Type": "image/png" }, body: Buffer.from([1, 2, 3]).toString("base64"), isBase64Encoded: true };
    expect(reply(png, images, "image/png").body).toEqual(Buffer.from([1, 2, 3]));
    expect(reply(png, images, "image/webp;q=0.9, text/html").body).toEqual(Buffer.from([1, 2, 3]));
    expect(reply(png, textOnly, "image/png").body).toBe("AQID");
    expect(reply(png, images, "text/html, image/png").body).toBe("AQID");
    expect(reply({ ...png, headers: { "Content-Type": "text/plain" } }, images, "image/png").body).toEqual(Buffer.from([1, 2, 3]));
  });

  it("reads Accept only for an isBase64Encoded result", () => {
    let reads = 0;
    parseProxyResponse({ body: "x" }, images, () => {
      reads += 1;
      return "image/png";
    });
    expect(reads).toBe(0);
  });

  it("sends an empty body when none is given", () => {
    expect(reply({ statusCode: 204 }).body).toBe("");
  });
});
