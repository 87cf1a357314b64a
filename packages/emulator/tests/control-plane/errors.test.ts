import {
  BadRequestException,
  ConflictException,
  CreateApiKeyCommand,
  CreateUsagePlanCommand,
  CreateUsagePlanKeyCommand,
  GetUsageCommand,
  GetUsagePlanCommand,
  GetUsagePlanKeyCommand,
  NotFoundException,
  UpdateUsagePlanCommand,
} from "@aws-sdk/client-api-gateway";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startFixture, type Fixture } from "./control-plane-fixture";

let fixture: Fixture;
beforeEach(async () => {
  fixture = await startFixture();
});
afterEach(async () => {
  await fixture.close();
});

const prodPlan = (name: string) => fixture.client.send(new CreateUsagePlanCommand({ name, apiStages: [{ apiId: "api1", stage: "prod" }] }));

function rawRequest(method: string, path: string, body: string) {
  return fetch(`${fixture.plane.url}${path}`, { method, body, headers: { "content-type": "application/json" } });
}

describe("management API errors", () => {
  it("NotFoundException for unknown plans and keys", async () => {
    await expect(fixture.client.send(new GetUsagePlanCommand({ usagePlanId: "nope00" }))).rejects.toThrow(NotFoundException);
    const plan = await prodPlan("p");
    const attempt = fixture.client.send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: "missingkey", keyType: "API_KEY" }));
    await expect(attempt).rejects.toMatchObject({ name: "NotFoundException", $metadata: { httpStatusCode: 404 } });
    const outsider = await fixture.client.send(new CreateApiKeyCommand({ name: "outsider" }));
    await expect(fixture.client.send(new GetUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: outsider.id }))).rejects.toThrow(NotFoundException);
  });

  it("ConflictException for a key in two plans on one stage, and for a duplicate key value", async () => {
    const [first, second] = [await prodPlan("a"), await prodPlan("b")];
    const key = await fixture.client.send(new CreateApiKeyCommand({ name: "k", value: "duplicate-me-0000000000" }));
    await fixture.client.send(new CreateUsagePlanKeyCommand({ usagePlanId: first.id, keyId: key.id, keyType: "API_KEY" }));
    await expect(fixture.client.send(new CreateUsagePlanKeyCommand({ usagePlanId: second.id, keyId: key.id, keyType: "API_KEY" }))).rejects.toThrow(
      ConflictException,
    );
    await expect(fixture.client.send(new CreateApiKeyCommand({ value: "duplicate-me-0000000000" }))).rejects.toThrow(ConflictException);
  });

  it("BadRequestException that says what is wrong, for bad values sent by the SDK", async () => {
    await expect(fixture.client.send(new CreateApiKeyCommand({ value: "too-short" }))).rejects.toThrow("API Key value should be at least 20 characters");
    await expect(fixture.client.send(new CreateUsagePlanCommand({ name: "x", quota: { limit: 10, period: "YEAR" as never } }))).rejects.toThrow(
      BadRequestException,
    );
    const plan = await prodPlan("p");
    await expect(
      fixture.client.send(new UpdateUsagePlanCommand({ usagePlanId: plan.id, patchOperations: [{ op: "replace", path: "/productCode", value: "x" }] })),
    ).rejects.toThrow("Invalid patch path '/productCode' specified for op 'replace'");
    await expect(fixture.client.send(new GetUsageCommand({ usagePlanId: plan.id, startDate: "2026-02-30", endDate: "2026-03-01" }))).rejects.toThrow(
      /startDate must be a date/,
    );
  });

  it("400 with x-amzn-ErrorType for malformed JSON and wrongly typed fields, never a crash", async () => {
    const malformed = await rawRequest("POST", "/usageplans", "{ not json");
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get("x-amzn-errortype")).toBe("BadRequestException");
    expect(await malformed.json()).toEqual({ message: expect.stringMatching(/not valid JSON/) });

    const wrongType = await rawRequest("POST", "/apikeys", JSON.stringify({ name: 5 }));
    expect([wrongType.status, await wrongType.json()]).toEqual([400, { message: "name must be a string" }]);
    const typo = await rawRequest("POST", "/usageplans", JSON.stringify({ name: "p", throtle: {} }));
    expect(await typo.json()).toEqual({ message: expect.stringMatching(/unknown field\(s\) throtle/) });
    const badEscape = await fetch(`${fixture.plane.url}/usageplans/%E0%A4%A`);
    expect([badEscape.status, await badEscape.json()]).toEqual([400, { message: "usagePlanId is not a valid URL-encoded path segment" }]);
    const array = await rawRequest("PATCH", "/apikeys/x", "[]");
    expect(array.status).toBe(400);
    expect((await fetch(`${fixture.plane.url}/usageplans?limit=9999`)).status).toBe(400);
  });
});
