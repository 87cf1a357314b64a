import { CreateApiKeyCommand, GetApiKeysCommand, UpdateApiKeyCommand, type CreateApiKeyCommandInput } from "@aws-sdk/client-api-gateway";
import { expect } from "vitest";
import type { ConformanceContext } from "../context";
import { recordedCase, type DifferentialCase } from "./recorded-case";
import { commonSnapshot, extendedSnapshot } from "./recordings";
import { errorOf } from "./sdk-errors";

/** API keys through the management API (TestApigatewayApiKeysCrud, TestUsagePlans). */
const CRUD = (test: string, entry: string) => extendedSnapshot(`TestApigatewayApiKeysCrud::${test}`, entry);

/** A key created straight through the SDK (the recordings create some without a name or value). */
async function createKey(ctx: ConformanceContext, input: CreateApiKeyCommandInput) {
  const key = await ctx.managed.client.send(new CreateApiKeyCommand(input));
  ctx.managed.adoptKey(key.id!);
  return key;
}

export const managementKeyCases: DifferentialCase[] = [
  recordedCase(CRUD("test_get_api_keys", "create-api-key"), "CreateApiKey without `enabled`: disabled, stageKeys [], dates set, the value returned", async (ctx) => {
    const name = ctx.managed.uniqueName("shape");
    const key = await createKey(ctx, { name });
    expect({ enabled: key.enabled, stageKeys: key.stageKeys, name: key.name, created: key.createdDate instanceof Date, updated: key.lastUpdatedDate instanceof Date }).toEqual({
      enabled: false,
      stageKeys: [],
      name,
      created: true,
      updated: true,
    });
    expect(key.value).toMatch(/^\S{20,}$/);
    expect(key.tags).toBeUndefined();
  }),
  recordedCase(CRUD("test_get_api_keys", "get-api-keys-after-create-1"), "GetApiKeys without includeValues lists keys without their value", async (ctx) => {
    const name = ctx.managed.uniqueName("listed");
    await createKey(ctx, { name });
    const listed = await ctx.managed.client.send(new GetApiKeysCommand({ nameQuery: name }));
    expect(listed.items?.map((key) => ({ name: key.name, value: key.value, stageKeys: key.stageKeys, enabled: key.enabled }))).toEqual([{ name, value: undefined, stageKeys: [], enabled: false }]);
  }),
  recordedCase(CRUD("test_get_api_keys", "get-api-keys-prefix-name-query"), "nameQuery matches a prefix of the name", async (ctx) => {
    const name = ctx.managed.uniqueName("prefix");
    await createKey(ctx, { name });
    const listed = await ctx.managed.client.send(new GetApiKeysCommand({ nameQuery: name.slice(0, -3) }));
    expect(listed.items?.map((key) => key.name)).toContain(name);
  }),
  recordedCase(CRUD("test_get_api_keys", "get-api-keys-prefix-name-query-cased"), "nameQuery is case-sensitive", async (ctx) => {
    const name = ctx.managed.uniqueName("cased");
    await createKey(ctx, { name });
    const listed = await ctx.managed.client.send(new GetApiKeysCommand({ nameQuery: name.toUpperCase() }));
    expect(listed.items).toEqual([]);
  }),
  recordedCase(CRUD("test_get_api_keys", "get-api-keys-postfix-name-query"), "nameQuery does not match the end of a name", async (ctx) => {
    const name = ctx.managed.uniqueName("postfix");
    await createKey(ctx, { name });
    expect((await ctx.managed.client.send(new GetApiKeysCommand({ nameQuery: name.slice(2) }))).items).toEqual([]);
  }),
  recordedCase(CRUD("test_get_api_keys", "get-api-keys-infix-name-query"), "nameQuery does not match the middle of a name", async (ctx) => {
    const name = ctx.managed.uniqueName("infix");
    await createKey(ctx, { name });
    expect((await ctx.managed.client.send(new GetApiKeysCommand({ nameQuery: name.slice(2, 8) }))).items).toEqual([]);
  }),
  recordedCase(CRUD("test_create_api_key_with_invalid_name", "create-api-key-name-too-long"), "a 1025-character name → BadRequestException, AWS's message", async (ctx) => {
    expect(await errorOf(ctx.managed.client.send(new CreateApiKeyCommand({ name: "a".repeat(1025) })))).toEqual({
      name: "BadRequestException",
      message: "Invalid API Key name, can be at most 1024 characters.",
    });
  }),
  recordedCase(CRUD("test_create_api_key_with_invalid_name", "create-api-key-empty-name"), "an empty name is accepted and not returned", async (ctx) => {
    const key = await createKey(ctx, { name: "" });
    expect({ name: key.name, enabled: key.enabled, stageKeys: key.stageKeys }).toEqual({ name: undefined, enabled: false, stageKeys: [] });
  }),
  recordedCase(CRUD("test_create_api_key_with_invalid_name", "create-api-key-no-name"), "no name at all is accepted", async (ctx) => {
    const key = await createKey(ctx, {});
    expect({ name: key.name, hasId: typeof key.id, hasValue: typeof key.value }).toEqual({ name: undefined, hasId: "string", hasValue: "string" });
  }),
  recordedCase(CRUD("test_create_api_key_with_invalid_value", "create-api-key-short-value"), "a value under 20 characters → BadRequestException, AWS's message", async (ctx) => {
    expect(await errorOf(ctx.managed.client.send(new CreateApiKeyCommand({ value: "short" })))).toEqual({ name: "BadRequestException", message: "API Key value should be at least 20 characters" });
  }),
  recordedCase(CRUD("test_create_api_key_with_invalid_value", "create-api-key-invalid-value-too-long"), "a value over 128 characters → BadRequestException, AWS's message", async (ctx) => {
    expect(await errorOf(ctx.managed.client.send(new CreateApiKeyCommand({ value: "a".repeat(129) })))).toEqual({
      name: "BadRequestException",
      message: "API Key value exceeds maximum size of 128 characters",
    });
  }),
  recordedCase(CRUD("test_create_api_key_with_invalid_value", "create-api-key-empty-value"), "an empty value gets a generated one", async (ctx) => {
    const key = await createKey(ctx, { value: "" });
    expect(key.value).toMatch(/^\S{20,}$/);
  }),
  recordedCase(CRUD("test_update_api_key_invalid_description_length", "create-api-key-description-too-long"), "a 125,001-character description → BadRequestException", async (ctx) => {
    expect(await errorOf(ctx.managed.client.send(new CreateApiKeyCommand({ description: "a".repeat(125_001) })))).toEqual({
      name: "BadRequestException",
      message: "Invalid API Key description specified.",
    });
  }),
  recordedCase(CRUD("test_update_api_key_invalid_description_length", "update-api-key-description-too-long"), "patching in a 125,001-character description → the same BadRequestException", async (ctx) => {
    const { keyId } = await ctx.managed.key();
    const update = ctx.managed.client.send(new UpdateApiKeyCommand({ apiKey: keyId, patchOperations: [{ op: "replace", path: "/description", value: "a".repeat(125_001) }] }));
    expect(await errorOf(update)).toEqual({ name: "BadRequestException", message: "Invalid API Key description specified." });
  }),
  recordedCase(CRUD("test_update_api_key_invalid_enabled_type", "update-api-key-invalid-enabled-type"), "replace /enabled with `not-a-boolean` → 200, enabled false", async (ctx) => {
    const { keyId } = await ctx.managed.key();
    const updated = await ctx.managed.client.send(new UpdateApiKeyCommand({ apiKey: keyId, patchOperations: [{ op: "replace", path: "/enabled", value: "not-a-boolean" }] }));
    expect({ enabled: updated.enabled, tags: updated.tags, stageKeys: updated.stageKeys }).toEqual({ enabled: false, tags: {}, stageKeys: [] });
  }),
  recordedCase(CRUD("test_update_api_key_immutable_field", "update-api-key-immutable-field"), "replace /id → BadRequestException naming the patchable paths", async (ctx) => {
    const { keyId } = await ctx.managed.key();
    const update = ctx.managed.client.send(new UpdateApiKeyCommand({ apiKey: keyId, patchOperations: [{ op: "replace", path: "/id", value: "foobar" }] }));
    expect(await errorOf(update)).toEqual({
      name: "BadRequestException",
      message: "Invalid patch path  '/id' specified for op 'replace'. Must be one of: [/description, /enabled, /name, /customerId]",
    });
  }),
  recordedCase(CRUD("test_negative_get_usage_plan_api_keys", "update-api-key-name"), "replace /name → 200 with the new name and `tags: {}`", async (ctx) => {
    const { keyId } = await ctx.managed.key({ enabled: false });
    const name = ctx.managed.uniqueName("renamed");
    const updated = await ctx.managed.client.send(new UpdateApiKeyCommand({ apiKey: keyId, patchOperations: [{ op: "replace", path: "/name", value: name }] }));
    expect({ name: updated.name, enabled: updated.enabled, tags: updated.tags, value: updated.value }).toEqual({ name, enabled: false, tags: {}, value: undefined });
  }),
  recordedCase(commonSnapshot("TestUsagePlans::test_api_key_required_for_methods", "update-api-key-disabled"), "UpdateApiKey answers without the value, with `tags: {}`", async (ctx) => {
    const { keyId } = await ctx.managed.key({ enabled: true });
    const updated = await ctx.managed.client.send(new UpdateApiKeyCommand({ apiKey: keyId, patchOperations: [{ op: "replace", path: "/enabled", value: "false" }] }));
    expect({ enabled: updated.enabled, value: updated.value, tags: updated.tags, stageKeys: updated.stageKeys }).toEqual({ enabled: false, value: undefined, tags: {}, stageKeys: [] });
  }),
  recordedCase(CRUD("test_get_api_keys", "get-apis-keys-pagination"), "limit 1 pages with a position; the last page has none", async (ctx) => {
    const prefix = ctx.managed.uniqueName("paging");
    await createKey(ctx, { name: `${prefix}-a` });
    await createKey(ctx, { name: `${prefix}-b` });
    const first = await ctx.managed.client.send(new GetApiKeysCommand({ nameQuery: prefix, limit: 1 }));
    const second = await ctx.managed.client.send(new GetApiKeysCommand({ nameQuery: prefix, limit: 1, position: first.position }));
    expect({ first: first.items?.length, position: typeof first.position, second: second.items?.length, end: second.position }).toEqual({ first: 1, position: "string", second: 1, end: undefined });
  }),
];
