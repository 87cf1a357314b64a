import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as AuthorizerFixture from "../../conformance/functions/authorizer";

/**
 * The conformance fixture functions, called directly: the suite's cases rely on them answering
 * exactly as their names say (a wrong fixture would make a case pass or fail for the wrong reason).
 */
const counterDir = mkdtempSync(join(tmpdir(), "linkgate-conformance-counters-"));
process.env.CONFORMANCE_COUNTER_DIR = counterDir;
process.env.CONFORMANCE_SLEEP_MS = "1";

const methodArn = (verb: string, path: string) => `arn:aws:execute-api:us-east-1:123456789012:api/test/${verb}/${path}`;
const tokenEvent = (token: string, arn = methodArn("GET", "auth/token")) => ({ type: "TOKEN" as const, authorizationToken: token, methodArn: arn });
const proxyEvent = (query: Record<string, string> | null) => ({ queryStringParameters: query });

let authorizer: typeof AuthorizerFixture;

beforeAll(async () => {
  authorizer = await import("../../conformance/functions/authorizer");
});

afterAll(() => rmSync(counterDir, { recursive: true, force: true }));

describe("conformance authorizer fixture", () => {
  it("allow covers every method of the stage; narrow only the triggering methodArn", async () => {
    const allow = (await authorizer.handler(tokenEvent("allow.t1"))) as { policyDocument: { Statement: { Resource: string }[] } };
    const narrow = (await authorizer.handler(tokenEvent("narrow.t1"))) as { policyDocument: { Statement: { Resource: string }[] } };
    expect(allow.policyDocument.Statement[0]?.Resource).toBe("arn:aws:execute-api:us-east-1:123456789012:api/test/*");
    expect(narrow.policyDocument.Statement[0]?.Resource).toBe(methodArn("GET", "auth/token"));
  });

  it("deny-post allows the stage and denies its POST methods", async () => {
    const output = (await authorizer.handler(tokenEvent("deny-post.t1"))) as { policyDocument: { Statement: { Effect: string; Resource: string }[] } };
    expect(output.policyDocument.Statement.map((s) => `${s.Effect} ${s.Resource.split("/").slice(2).join("/")}`)).toEqual(["Allow *", "Deny POST/*"]);
  });

  it("throws Unauthorized for that policy and for unknown ones, another error for 'error'", async () => {
    await expect(authorizer.handler(tokenEvent("unauthorized.t1"))).rejects.toThrow(/^Unauthorized$/);
    await expect(authorizer.handler(tokenEvent("whatever.t1"))).rejects.toThrow(/^Unauthorized$/);
    await expect(authorizer.handler(tokenEvent("error.t1"))).rejects.toThrow("authorizer exploded");
  });

  it("reads a REQUEST authorizer's token from X-Conformance-Token, case-insensitively", async () => {
    const output = (await authorizer.handler({ type: "REQUEST", methodArn: methodArn("GET", "auth/request"), headers: { "x-conformance-token": "allow.t2" } })) as { principalId: string };
    expect(output.principalId).toBe("user-allow");
  });

  it("counts invocations per token and reports them to a proxy event", async () => {
    await authorizer.handler(tokenEvent("allow.counted"));
    await authorizer.handler(tokenEvent("allow.counted"));
    await authorizer.handler(tokenEvent("deny.counted"));
    const report = (await authorizer.handler(proxyEvent({ token: "allow.counted" }))) as { body: string };
    const none = (await authorizer.handler(proxyEvent({ token: "allow.never" }))) as { body: string };
    expect([JSON.parse(report.body), JSON.parse(none.body)]).toEqual([
      { token: "allow.counted", count: 2 },
      { token: "allow.never", count: 0 },
    ]);
  });
});

describe("other conformance fixtures", () => {
  it("probe echoes its event as JSON", async () => {
    const { handler } = await import("../../conformance/functions/probe");
    const event = { path: "/x", nested: { a: [1, null] } };
    expect(JSON.parse((await handler(event)).body)).toEqual(event);
  });

  it("responses answers every named case and 400 for an unknown one", async () => {
    const { handler, RESPONSE_CASES } = await import("../../conformance/functions/responses");
    for (const name of Object.keys(RESPONSE_CASES)) expect(await handler(proxyEvent({ case: name }))).toEqual(RESPONSE_CASES[name]?.());
    expect(await handler(proxyEvent({ case: "nope" }))).toMatchObject({ statusCode: 400 });
  });

  it("result-from-body returns its (plain or base64) body, parsed, and fails without one", async () => {
    const { handler } = await import("../../conformance/functions/result-from-body");
    expect(await handler({ body: '{"statusCode":201}', isBase64Encoded: false })).toEqual({ statusCode: 201 });
    expect(await handler({ body: Buffer.from('"justAString"').toString("base64"), isBase64Encoded: true })).toBe("justAString");
    await expect(handler({ body: null, isBase64Encoded: false })).rejects.toThrow("no body");
  });

  it("throws rejects; sleep answers after its configured sleep", async () => {
    const { handler: throws } = await import("../../conformance/functions/throws");
    const { handler: sleep } = await import("../../conformance/functions/sleep");
    await expect(throws()).rejects.toThrow("conformance-secret");
    expect(await sleep()).toMatchObject({ statusCode: 200 });
  });
});
