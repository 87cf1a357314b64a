import { expect } from "vitest";
import { probe } from "../cases/probe";
import { recordedCase, type DifferentialCase } from "./recorded-case";
import { capture } from "./recordings";

/**
 * What a Lambda authorizer is invoked with, against the sample events AWS publishes for them (kept
 * in aws/aws-lambda-go's testdata). The fixture authorizer hands what it saw back in its context.
 */
const TOKEN_EVENT = capture("aws/aws-lambda-go events/testdata/apigw-custom-auth-request.json", "a TOKEN authorizer's event: type, authorizationToken, methodArn");
const REQUEST_EVENT = capture(
  "aws/aws-lambda-go events/testdata/apigw-custom-auth-request-type-request.json",
  "a REQUEST authorizer's event: its top-level keys, header names as sent, methodArn …/{stage}/GET/{path}",
);

const REQUEST_KEYS = ["headers", "httpMethod", "methodArn", "multiValueHeaders", "multiValueQueryStringParameters", "path", "pathParameters", "queryStringParameters", "requestContext", "resource", "stageVariables", "type"];

export const authorizerCases: DifferentialCase[] = [
  recordedCase(TOKEN_EVENT, "a TOKEN authorizer's event has exactly type, authorizationToken and methodArn", async (ctx) => {
    const { event } = await probe(ctx, "GET", "/auth/token", { headers: { Authorization: ctx.token("allow") } });
    expect({ type: event.requestContext.authorizer?.inputType, keys: event.requestContext.authorizer?.inputKeys }).toEqual({ type: "TOKEN", keys: "authorizationToken,methodArn,type" });
  }),
  recordedCase(REQUEST_EVENT, "a REQUEST authorizer's event has exactly the twelve keys (no body, no isBase64Encoded)", async (ctx) => {
    const { event } = await probe(ctx, "GET", "/auth/request?tenant=t1", { headers: { "X-Conformance-Token": ctx.token("allow") } });
    expect(String(event.requestContext.authorizer?.inputKeys).split(",")).toEqual(REQUEST_KEYS);
  }),
  recordedCase(REQUEST_EVENT, "a REQUEST authorizer's event keeps header names as sent (`X-AMZ-Date`, `HeaderAuth1`, `cache-control`)", async (ctx) => {
    const headers = { "X-Conformance-Token": ctx.token("allow"), "X-AMZ-Date": "20170718T062915Z", HeaderAuth1: "headerValue1", "cache-control": "no-cache" };
    const { event } = await probe(ctx, "GET", "/auth/request?tenant=t1", { headers });
    const names = String(event.requestContext.authorizer?.headerNames).split(",");
    expect(["X-AMZ-Date", "HeaderAuth1", "cache-control"].filter((name) => !names.includes(name))).toEqual([]);
  }),
  recordedCase(REQUEST_EVENT, "a REQUEST authorizer's methodArn is arn:aws:execute-api:{region}:{account}:{apiId}/{stage}/GET/{path}", async (ctx) => {
    const { event } = await probe(ctx, "GET", "/auth/request?tenant=t1", { headers: { "X-Conformance-Token": ctx.token("allow") } });
    const { restApiId, stage } = ctx.target;
    expect(event.requestContext.authorizer?.methodArn).toMatch(new RegExp(`^arn:aws:execute-api:[a-z0-9-]+:\\d{12}:${restApiId}/${stage}/GET/auth/request$`));
  }),
];
