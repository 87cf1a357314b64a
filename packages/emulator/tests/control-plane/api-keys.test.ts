import { CreateApiKeyCommand, DeleteApiKeyCommand, GetApiKeyCommand, GetApiKeysCommand, NotFoundException, UpdateApiKeyCommand } from "@aws-sdk/client-api-gateway";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { anAdmit, startFixture, type Fixture } from "./control-plane-fixture";

let fixture: Fixture;
beforeEach(async () => {
  fixture = await startFixture();
});
afterEach(async () => {
  await fixture.close();
});

describe("API keys through @aws-sdk/client-api-gateway", () => {
  it("creates a key with a given value, and one with a generated 40-character value", async () => {
    const given = await fixture.client.send(
      new CreateApiKeyCommand({ name: "acme", value: "acme-key-value-000000000001", enabled: true, customerId: "c-1", stageKeys: [{ restApiId: "api1", stageName: "prod" }] }),
    );
    expect(given).toMatchObject({ id: expect.stringMatching(/^[a-z0-9]{10}$/), value: "acme-key-value-000000000001", enabled: true, customerId: "c-1", stageKeys: ["api1/prod"] });
    expect(given.createdDate).toBeInstanceOf(Date);
    expect(Math.abs(given.createdDate!.getTime() - Date.now())).toBeLessThan(86_400_000);
    const generated = await fixture.client.send(new CreateApiKeyCommand({ name: "globex" }));
    expect(generated.value).toMatch(/^[A-Za-z0-9]{40}$/);
    expect(generated.enabled).toBe(false); // AWS's default
  });

  it("hides values unless includeValues/includeValue, and filters by name prefix and customer", async () => {
    const acme = await fixture.client.send(new CreateApiKeyCommand({ name: "acme", customerId: "c-1" }));
    await fixture.client.send(new CreateApiKeyCommand({ name: "globex" }));
    const hidden = await fixture.client.send(new GetApiKeysCommand({}));
    expect(hidden.items?.map((k) => [k.name, k.value])).toEqual([["acme", undefined], ["globex", undefined]]);
    const shown = await fixture.client.send(new GetApiKeysCommand({ includeValues: true, nameQuery: "ac" }));
    expect(shown.items?.map((k) => [k.name, k.value])).toEqual([["acme", acme.value]]);
    expect((await fixture.client.send(new GetApiKeysCommand({ customerId: "c-1" }))).items?.map((k) => k.id)).toEqual([acme.id]);
    expect((await fixture.client.send(new GetApiKeyCommand({ apiKey: acme.id }))).value).toBeUndefined();
    expect((await fixture.client.send(new GetApiKeyCommand({ apiKey: acme.id, includeValue: true }))).value).toBe(acme.value);
  });

  it("disables a key with UpdateApiKey: the gate forbids it from the next request", async () => {
    const key = await fixture.client.send(new CreateApiKeyCommand({ name: "acme", enabled: true }));
    const plan = fixture.store.createUsagePlan({ name: "p", apiStages: [{ apiId: "api1", stage: "prod" }] });
    fixture.store.addKeyToPlan(plan.id, key.id!);
    expect(fixture.store.admit(anAdmit(key.value!)).admitted).toBe(true);
    const updated = await fixture.client.send(
      new UpdateApiKeyCommand({ apiKey: key.id, patchOperations: [{ op: "replace", path: "/enabled", value: "false" }, { op: "replace", path: "/name", value: "acme-old" }] }),
    );
    expect(updated).toMatchObject({ enabled: false, name: "acme-old" });
    expect(fixture.store.admit(anAdmit(key.value!))).toEqual({ admitted: false, reason: "Forbidden" });
  });

  it("deletes a key: it is gone and no longer admitted", async () => {
    const key = await fixture.client.send(new CreateApiKeyCommand({ name: "acme", enabled: true }));
    await fixture.client.send(new DeleteApiKeyCommand({ apiKey: key.id }));
    await expect(fixture.client.send(new GetApiKeyCommand({ apiKey: key.id }))).rejects.toBeInstanceOf(NotFoundException);
    expect(fixture.store.admit(anAdmit(key.value!)).admitted).toBe(false);
  });
});
