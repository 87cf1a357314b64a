import { UpdateApiKeyCommand } from "@aws-sdk/client-api-gateway";
import { expect } from "vitest";
import { expectGatewayError, GATEWAY_ERRORS } from "../gateway-errors";
import { recordedCase, type DifferentialCase } from "./recorded-case";
import { capture, commonSnapshot, integrationsSnapshot, lambdaSnapshot } from "./recordings";

/** Gateway responses and API keys on the data plane, as recorded. */
const ROUTING = (entry: string) => commonSnapshot("TestApigatewayRouting::test_routing_not_found", entry);
const KEYS = (entry: string) => commonSnapshot("TestUsagePlans::test_api_key_required_for_methods", entry);
const PAYLOAD_TOO_LARGE = capture(
  "https://github.com/DataBiosphere/azul/issues/8192",
  'a Lambda response over 6,291,556 bytes: 502 INTEGRATION_FAILURE, "Response payload size exceeded maximum allowed payload size (6291556 bytes)."',
);
const PAYLOAD_UNDER_LIMIT = capture("https://github.com/DataBiosphere/azul/issues/8258", "a response of 5,837,201 bytes still answered 200; larger ones past 6 MB answered 502");
const FORBIDDEN_CAPTURE = capture("https://github.com/pmuens/serverless-secured-api/issues/2", 'a key in no usage plan: `{"message":"Forbidden"}` despite providing the x-api-key header');

export const gatewayCases: DifferentialCase[] = [
  recordedCase(ROUTING("not-found"), "an unknown path → 403 Missing Authentication Token, MissingAuthenticationTokenException", async (ctx) => {
    expectGatewayError(await ctx.get("/no-such-route/anywhere"), GATEWAY_ERRORS.missingAuthenticationToken);
  }),
  recordedCase(ROUTING("wrong-method"), "a method the resource lacks → 403 Missing Authentication Token", async (ctx) => {
    expectGatewayError(await ctx.request("DELETE", "/probe"), GATEWAY_ERRORS.missingAuthenticationToken);
  }),
  recordedCase(
    integrationsSnapshot("TestApiGatewayHeaderRemapping::test_apigateway_header_remapping_aws[AWS_PROXY]", "content-length"),
    'the internal error body is the 36 bytes `{"message": "Internal server error"}`, with no X-Amzn-Trace-Id',
    async (ctx) => {
      const result = await ctx.get("/throws");
      expect({ status: result.status, length: result.headers["content-length"], body: result.text, trace: result.headers["x-amzn-trace-id"] }).toEqual({
        status: 502,
        length: "36",
        body: '{"message": "Internal server error"}',
        trace: undefined,
      });
    },
  ),
  recordedCase(lambdaSnapshot("test_aws_proxy_response_payload_format_validation", "invoke-api-wrong-format"), "a malformed result's 502 says InternalServerErrorException", async (ctx) => {
    const result = await ctx.get("/responses?case=extra-key");
    expect({ status: result.status, type: result.headers["x-amzn-errortype"], json: result.json() }).toEqual({ status: 502, type: "InternalServerErrorException", json: { message: "Internal server error" } });
  }),
  recordedCase(KEYS("create-usage-plan-key"), "a key-required method without x-api-key → 403", async (ctx) => {
    expectGatewayError(await ctx.get("/keyed"), GATEWAY_ERRORS.forbidden);
  }),
  recordedCase(KEYS("create-usage-plan-key"), "with the key of a plan on the stage → 200", async (ctx) => {
    const { keyValue } = await ctx.managed.planWithKey();
    expect((await ctx.get("/keyed", { "x-api-key": keyValue })).status).toBe(200);
  }),
  recordedCase(KEYS("update-api-key-disabled"), "once the key is disabled → 403", async (ctx) => {
    const { keyId, keyValue } = await ctx.managed.planWithKey();
    await ctx.managed.client.send(new UpdateApiKeyCommand({ apiKey: keyId, patchOperations: [{ op: "replace", path: "/enabled", value: "false" }] }));
    expectGatewayError(await ctx.get("/keyed", { "x-api-key": keyValue }), GATEWAY_ERRORS.forbidden);
  }),
  recordedCase(FORBIDDEN_CAPTURE, 'a key that is in no usage plan → 403 `{"message":"Forbidden"}`', async (ctx) => {
    const { keyValue } = await ctx.managed.key();
    const result = await ctx.get("/keyed", { "x-api-key": keyValue });
    expect({ status: result.status, body: result.text }).toEqual({ status: 403, body: '{"message":"Forbidden"}' });
  }),
  recordedCase(PAYLOAD_TOO_LARGE, "a Lambda result over Lambda's 6,291,556-byte response limit → 502 Internal server error", async (ctx) => {
    expectGatewayError(await ctx.get("/responses?case=oversized"), GATEWAY_ERRORS.integrationFailure);
  }),
  recordedCase(PAYLOAD_UNDER_LIMIT, "a 5,837,201-byte body (under the limit) passes through whole", async (ctx) => {
    const result = await ctx.get("/responses?case=large");
    expect({ status: result.status, length: result.body.length }).toEqual({ status: 200, length: 5_837_201 });
  }),
];
