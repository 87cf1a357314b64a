import { expect } from "vitest";
import type { ConformanceContext } from "../context";
import { eventHeader, probe, type ProbeEvent } from "../cases/probe";
import { recordedCase, type DifferentialCase } from "./recorded-case";
import { integrationsSnapshot, lambdaSnapshot } from "./recordings";

/**
 * Which request headers reach the proxy event, under which names. Recordings:
 * - test_lambda_aws_proxy_integration: python-requests (which also sends `Connection: keep-alive`)
 *   with `tEsT-HEADeR: aValUE` and `authorization: random-value`;
 * - TestApiGatewayHeaderRemapping AWS_PROXY `no-param-integration`: a REGIONAL endpoint (no
 *   CloudFront in front, like the emulator) sent the header set below and the event kept only some.
 */
const REMAPPING = integrationsSnapshot("TestApiGatewayHeaderRemapping::test_apigateway_header_remapping_aws[AWS_PROXY]", "no-param-integration");
const PROXY = (entry: string) => lambdaSnapshot("test_lambda_aws_proxy_integration", entry);
const WITHOUT_SLASH = PROXY("invocation-payload-without-trailing-slash");
const MULTI = PROXY("invocation-payload-with-params-encoding-multi");

/** The request headers of the remapping recording (test_apigateway_integrations.py, `_invoke_api`). */
export const REMAPPING_REQUEST_HEADERS: Record<string, string> = {
  Accept: "application/json",
  "Accept-Charset": "UTF-8",
  "Accept-Encoding": "br",
  Age: "request_Age",
  Authorization: "Unauthorized",
  Connection: "close",
  "Content-Encoding": "deflate",
  "Content-MD5": "request_Content-MD5",
  "Content-Type": "application/json",
  Date: "request_Date",
  Expect: "100-continue",
  "Max-Forwards": "2",
  Pragma: "cache",
  "Proxy-Authenticate": "Basic",
  Range: "bytes=500-999",
  Referer: "https://example.com/",
  Server: "https://example.com/",
  TE: "deflate",
  Trailer: "Expires",
  "Transfer-Encoding": "chunked",
  Upgrade: "HTTP/2.0",
  "User-Agent": "localStack/0.0",
  Via: "p.example.net",
  Warn: "299 localStack/0.0",
  "WWW-Authenticate": "Basic YWxhZGRpbjpvcGVuc2VzYW1l",
};

/** Sent in the recording, absent from the event it recorded. */
const DROPPED = ["Connection", "Content-MD5", "Expect", "Max-Forwards", "Proxy-Authenticate", "Server", "TE", "Trailer", "Transfer-Encoding", "Upgrade", "WWW-Authenticate"];
/** Sent and recorded in the event with the value sent (Date and Via are masked in the recording: presence only). */
const KEPT = ["Accept", "Accept-Charset", "Accept-Encoding", "Age", "Authorization", "Content-Encoding", "Content-Type", "Pragma", "Range", "Referer", "User-Agent", "Warn"];

const remappingEvent = async (ctx: ConformanceContext): Promise<ProbeEvent> => (await probe(ctx, "GET", "/probe", { headers: REMAPPING_REQUEST_HEADERS })).event;

const hasName = (event: ProbeEvent, name: string) => Object.keys(event.headers ?? {}).some((key) => key.toLowerCase() === name.toLowerCase());

export const eventHeaderCases: DifferentialCase[] = [
  recordedCase(WITHOUT_SLASH, "a lower-case `authorization` reaches the event as `Authorization`", async (ctx) => {
    const { event } = await probe(ctx, "GET", "/probe", { headers: { authorization: "random-value" } });
    expect({ headers: event.headers?.Authorization, multi: event.multiValueHeaders?.Authorization }).toEqual({ headers: "random-value", multi: ["random-value"] });
    expect(Object.keys(event.headers ?? {})).not.toContain("authorization");
  }),
  recordedCase(MULTI, "`aUThorization` reaches the event as `Authorization`", async (ctx) => {
    const { event } = await probe(ctx, "GET", "/probe", { headers: { aUThorization: "Bearer token123;API key456" } });
    expect(event.headers?.Authorization).toBe("Bearer token123;API key456");
  }),
  recordedCase(WITHOUT_SLASH, "every other header keeps the case it was sent in (`tEsT-HEADeR`)", async (ctx) => {
    const { event } = await probe(ctx, "GET", "/probe", { headers: { "tEsT-HEADeR": "aValUE" } });
    expect({ headers: event.headers?.["tEsT-HEADeR"], multi: event.multiValueHeaders?.["tEsT-HEADeR"] }).toEqual({ headers: "aValUE", multi: ["aValUE"] });
  }),
  recordedCase(WITHOUT_SLASH, "the client's `Connection: keep-alive` does not reach the event", async (ctx) => {
    const { event } = await probe(ctx, "GET", "/probe", { headers: { Connection: "keep-alive" } });
    expect({ headers: hasName(event, "connection"), multi: Object.keys(event.multiValueHeaders ?? {}).some((k) => k.toLowerCase() === "connection") }).toEqual({ headers: false, multi: false });
  }),
  recordedCase(MULTI, "a POST's `Content-Length` does not reach the event (its `Content-Type` does, as sent)", async (ctx) => {
    const { event } = await probe(ctx, "POST", "/probe", { headers: { "Content-Type": "application/json;charset=utf-8" }, body: '{"message": "hello world"}' });
    expect({ contentLength: hasName(event, "content-length"), contentType: event.headers?.["Content-Type"] }).toEqual({ contentLength: false, contentType: "application/json;charset=utf-8" });
  }),
  ...DROPPED.map((name) =>
    recordedCase(REMAPPING, `\`${name}\` is dropped from the event`, async (ctx) => {
      expect(hasName(await remappingEvent(ctx), name)).toBe(false);
    }),
  ),
  ...KEPT.map((name) =>
    recordedCase(REMAPPING, `\`${name}\` reaches the event with the value sent`, async (ctx) => {
      const event = await remappingEvent(ctx);
      expect({ name, value: event.headers?.[name], multi: event.multiValueHeaders?.[name] }).toEqual({ name, value: REMAPPING_REQUEST_HEADERS[name], multi: [REMAPPING_REQUEST_HEADERS[name]] });
    }),
  ),
  recordedCase(REMAPPING, "the gateway adds Host, X-Amzn-Trace-Id, X-Forwarded-For, X-Forwarded-Port and X-Forwarded-Proto", async (ctx) => {
    const event = await remappingEvent(ctx);
    const names = ["Host", "X-Amzn-Trace-Id", "X-Forwarded-For", "X-Forwarded-Port", "X-Forwarded-Proto", "Date"];
    expect(names.filter((name) => event.headers?.[name] === undefined)).toEqual([]);
    expect(event.headers?.["X-Forwarded-Port"]).toMatch(/^\d+$/);
    expect(event.headers?.["X-Forwarded-Proto"]).toMatch(/^https?$/);
  }),
  recordedCase(REMAPPING, "a REGIONAL endpoint adds no CloudFront headers", async (ctx) => {
    const event = await remappingEvent(ctx);
    expect(Object.keys(event.headers ?? {}).filter((name) => /^cloudfront-|^x-amz-cf-/i.test(name))).toEqual([]);
  }),
  recordedCase(WITHOUT_SLASH, "multiValueHeaders has exactly the names of headers, each value in a list", async (ctx) => {
    const { event } = await probe(ctx, "GET", "/probe", { headers: { "tEsT-HEADeR": "aValUE", authorization: "random-value" } });
    const single = event.headers ?? {};
    const multi = event.multiValueHeaders ?? {};
    expect(Object.keys(multi).sort()).toEqual(Object.keys(single).sort());
    for (const [name, value] of Object.entries(single)) expect({ name, last: multi[name]?.at(-1) }).toEqual({ name, last: value });
  }),
  recordedCase(WITHOUT_SLASH, "X-Amzn-Trace-Id in the event is `Root=1-<8 hex>-<24 hex>`", async (ctx) => {
    const { event } = await probe(ctx, "GET", "/probe");
    expect(eventHeader(event, "x-amzn-trace-id")).toMatch(/^Root=1-[0-9a-f]{8}-[0-9a-f]{24}/);
  }),
];
