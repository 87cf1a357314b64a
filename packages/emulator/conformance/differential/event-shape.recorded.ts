import { expect } from "vitest";
import { send } from "../http-client";
import { probe } from "../cases/probe";
import { recordedCase, type DifferentialCase } from "./recorded-case";
import { lambdaSnapshot } from "./recordings";

/**
 * The proxy event's paths, query, requestContext and identity, from test_lambda_aws_proxy_integration
 * (an `ANY /{proxy+}` resource; here `GET /files/{proxy+}`, so paths gain `/files`).
 */
const PROXY = (entry: string) => lambdaSnapshot("test_lambda_aws_proxy_integration", entry);

const TOP_LEVEL_KEYS = ["body", "headers", "httpMethod", "isBase64Encoded", "multiValueHeaders", "multiValueQueryStringParameters", "path", "pathParameters", "queryStringParameters", "requestContext", "resource", "stageVariables"];
const CONTEXT_KEYS = ["accountId", "apiId", "deploymentId", "domainName", "domainPrefix", "extendedRequestId", "httpMethod", "identity", "path", "protocol", "requestId", "requestTime", "requestTimeEpoch", "resourceId", "resourcePath", "stage"];
/** Recorded for a method without an API key: no apiKey, apiKeyId or clientCert keys at all. */
const IDENTITY_KEYS = ["accessKey", "accountId", "caller", "cognitoAuthenticationProvider", "cognitoAuthenticationType", "cognitoIdentityId", "cognitoIdentityPoolId", "principalOrgId", "sourceIp", "user", "userAgent", "userArn"];

export const eventShapeCases: DifferentialCase[] = [
  recordedCase(PROXY("invocation-payload-without-trailing-slash"), "the event has exactly the twelve top-level keys", async (ctx) => {
    const { event } = await probe(ctx, "GET", "/files/proxy-value");
    expect(Object.keys(event).sort()).toEqual(TOP_LEVEL_KEYS);
  }),
  recordedCase(PROXY("invocation-payload-without-trailing-slash"), "requestContext has exactly the recorded keys, deploymentId among them", async (ctx) => {
    const { event } = await probe(ctx, "GET", "/files/proxy-value");
    expect(Object.keys(event.requestContext).sort()).toEqual(CONTEXT_KEYS);
    expect(event.requestContext.deploymentId).toMatch(/^[a-z0-9]+$/);
  }),
  recordedCase(PROXY("invocation-payload-without-trailing-slash"), "identity without an API key: the twelve recorded keys, the Cognito, caller and user fields null", async (ctx) => {
    const { event } = await probe(ctx, "GET", "/files/proxy-value", { headers: { "User-Agent": "python-requests/testing" } });
    const identity = event.requestContext.identity;
    expect(Object.keys(identity).sort()).toEqual(IDENTITY_KEYS);
    const nulls = IDENTITY_KEYS.filter((key) => key !== "sourceIp" && key !== "userAgent");
    expect(nulls.filter((key) => identity[key] !== null)).toEqual([]);
    expect(identity.userAgent).toBe("python-requests/testing");
  }),
  recordedCase(PROXY("invocation-payload-without-trailing-slash"), "resource, resourcePath, path, pathParameters and requestContext.path of a {proxy+} match", async (ctx) => {
    const { event } = await probe(ctx, "GET", "/files/proxy-value");
    const c = event.requestContext;
    expect({ resource: event.resource, path: event.path, pathParameters: event.pathParameters, resourcePath: c.resourcePath, contextPath: c.path, stage: c.stage, httpMethod: c.httpMethod, protocol: c.protocol }).toEqual({
      resource: "/files/{proxy+}",
      path: "/files/proxy-value",
      pathParameters: { proxy: "proxy-value" },
      resourcePath: "/files/{proxy+}",
      contextPath: `/${ctx.target.stage}/files/proxy-value`,
      stage: ctx.target.stage,
      httpMethod: "GET",
      protocol: "HTTP/1.1",
    });
  }),
  recordedCase(PROXY("invocation-payload-with-trailing-slash"), "a trailing slash stays in path but not in the {proxy+} parameter", async (ctx) => {
    const { event } = await probe(ctx, "GET", "/files/proxy-value/");
    expect({ path: event.path, proxy: event.pathParameters?.proxy, contextPath: event.requestContext.path }).toEqual({
      path: "/files/proxy-value/",
      proxy: "proxy-value",
      contextPath: `/${ctx.target.stage}/files/proxy-value/`,
    });
  }),
  recordedCase(PROXY("invocation-payload-with-double-slash"), "a double slash inside the path is kept in path and the {proxy+} parameter", async (ctx) => {
    const { event } = await probe(ctx, "GET", "/files/proxy-value//double-slash");
    expect({ path: event.path, proxy: event.pathParameters?.proxy }).toEqual({ path: "/files/proxy-value//double-slash", proxy: "proxy-value//double-slash" });
  }),
  recordedCase(PROXY("invocation-payload-with-prepended-slash"), "a slash prepended to the path: path without it, requestContext.path with it", async (ctx) => {
    const { event } = await probe(ctx, "GET", "//files/proxy-value");
    expect({ path: event.path, proxy: event.pathParameters?.proxy, contextPath: event.requestContext.path }).toEqual({
      path: "/files/proxy-value",
      proxy: "proxy-value",
      contextPath: `/${ctx.target.stage}//files/proxy-value`,
    });
  }),
  recordedCase(PROXY("invocation-hardcoded"), "a slash prepended to a static resource's path still matches it", async (ctx) => {
    const { event } = await probe(ctx, "GET", "//probe");
    expect({ resource: event.resource, path: event.path, pathParameters: event.pathParameters, contextPath: event.requestContext.path }).toEqual({
      resource: "/probe",
      path: "/probe",
      pathParameters: null,
      contextPath: `/${ctx.target.stage}//probe`,
    });
  }),
  recordedCase(PROXY("invocation-payload-with-prepended-slash-to-stage"), "a slash prepended to the stage (`//stage/...`) is ignored", async (ctx) => {
    const base = new URL(ctx.target.baseUrl);
    const result = await send(base.origin, "GET", `/${base.pathname}/files/proxy-value`);
    expect(result.status).toBe(200);
    const event = result.json<{ path: string; requestContext: { path: string } }>();
    expect({ path: event.path, contextPath: event.requestContext.path }).toEqual({ path: "/files/proxy-value", contextPath: `/${ctx.target.stage}/files/proxy-value` });
  }),
  recordedCase(PROXY("invocation-payload-with-path-encoded-email"), "percent-encoding and `+` stay as sent in path and pathParameters", async (ctx) => {
    const tail = "proxy-value/api/user/test%2Balias@gmail.com/plus/test+alias@gmail.com";
    const { event } = await probe(ctx, "GET", `/files/${tail}`);
    expect({ path: event.path, proxy: event.pathParameters?.proxy }).toEqual({ path: `/files/${tail}`, proxy: tail });
  }),
  recordedCase(PROXY("invocation-payload-with-params-encoding"), "query values: `+` is a space, `%2B` a plus, `:` and `/` kept", async (ctx) => {
    // The query python-requests sent for the recording (it encodes the space; `#` ended the URL).
    const query = "dateTimeOffset=2023-06-12T18:05:10.123456+00:00&email=test%2Balias@gmail.com&plus=test+alias@gmail.com&url=https://www.google.com/&whitespace=foo%20bar&zhash=abort/";
    const { event } = await probe(ctx, "GET", `/files/proxy-value/api?${query}`);
    const single = { dateTimeOffset: "2023-06-12T18:05:10.123456 00:00", email: "test+alias@gmail.com", plus: "test alias@gmail.com", url: "https://www.google.com/", whitespace: "foo bar", zhash: "abort/" };
    expect({ single: event.queryStringParameters, multi: event.multiValueQueryStringParameters }).toEqual({
      single,
      multi: Object.fromEntries(Object.entries(single).map(([name, value]) => [name, [value]])),
    });
  }),
  recordedCase(PROXY("invocation-payload-with-params-encoding-multi"), "repeated query parameters: the last in queryStringParameters, all in order in the multi map", async (ctx) => {
    const { event } = await probe(ctx, "POST", "/probe?category=electronics&category=books&price=10&price=20&price=30", { headers: { "Content-Type": "application/json;charset=utf-8" }, body: '{"message": "hello world"}' });
    expect({ single: event.queryStringParameters, multi: event.multiValueQueryStringParameters }).toEqual({
      single: { category: "books", price: "30" },
      multi: { category: ["electronics", "books"], price: ["10", "20", "30"] },
    });
  }),
  recordedCase(PROXY("invocation-payload-with-params-encoding-multi"), "a JSON body arrives as the text sent, isBase64Encoded false", async (ctx) => {
    const { event } = await probe(ctx, "POST", "/probe", { headers: { "Content-Type": "application/json;charset=utf-8" }, body: '{"message": "hello world"}' });
    expect({ body: event.body, isBase64Encoded: event.isBase64Encoded }).toEqual({ body: '{"message": "hello world"}', isBase64Encoded: false });
  }),
  recordedCase(PROXY("invocation-payload-without-trailing-slash"), "no query, body or stage variables: null; domainPrefix is domainName's first label", async (ctx) => {
    const { event } = await probe(ctx, "GET", "/files/proxy-value");
    const { domainName, domainPrefix } = event.requestContext as unknown as { domainName: string; domainPrefix: string };
    expect({ q: event.queryStringParameters, mq: event.multiValueQueryStringParameters, body: event.body, stageVariables: event.stageVariables, domainPrefix }).toEqual({
      q: null,
      mq: null,
      body: null,
      stageVariables: null,
      domainPrefix: domainName.split(".")[0],
    });
    expect(event.requestContext.accountId).toMatch(/^\d{12}$/);
  }),
];
