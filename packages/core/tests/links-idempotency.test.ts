import { beforeAll, describe, expect, it } from "vitest";
import { Conflict, createCore, ownerIdOf, Validation, type Core } from "../src/index";
import { aUser, createTestCore, prefixedTableNames } from "../src/testing/index";
import { uniqueTablePrefix } from "./local-aws";

describe("creating links with an Idempotency-Key", () => {
  let core: Core;
  let prefix: string;

  beforeAll(async () => {
    prefix = uniqueTablePrefix("idem");
    core = await createTestCore(prefix);
  });

  it("replays the first result for the same key and body, creating nothing new", async () => {
    const user = aUser();
    const first = await core.links.create(user, { target: "https://example.com/1" }, { idempotencyKey: "key-1" });
    const again = await core.links.create(user, { target: "https://example.com/1" }, { idempotencyKey: "key-1" });
    expect(again).toEqual(first);
    expect((await core.owners.get(ownerIdOf(user))).linkCount).toBe(1);
    expect((await core.links.list(user)).items.map((l) => l.code)).toEqual([first.code]);
  });

  it("answers Conflict for the same key with a different body", async () => {
    const user = aUser();
    await core.links.create(user, { target: "https://example.com/1" }, { idempotencyKey: "key-2" });
    await expect(core.links.create(user, { target: "https://example.com/other" }, { idempotencyKey: "key-2" })).rejects.toBeInstanceOf(Conflict);
  });

  it("creates one link for 20 concurrent duplicates, and all of them get it", async () => {
    const user = aUser();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => core.links.create(user, { target: "https://example.com/dup" }, { idempotencyKey: "key-3" })),
    );
    expect(new Set(results.map((r) => r.code)).size).toBe(1);
    expect((await core.owners.get(ownerIdOf(user))).linkCount).toBe(1);
  });

  it("scopes keys by owner: another caller with the same key gets its own link", async () => {
    const a = await core.links.create(aUser(), { target: "https://example.com/s" }, { idempotencyKey: "shared" });
    const b = await core.links.create(aUser(), { target: "https://example.com/s" }, { idempotencyKey: "shared" });
    expect(b.code).not.toBe(a.code);
  });

  it("honours a key for 24 hours only", async () => {
    const user = aUser();
    const at = (time: string) => createCore({ ...core.config, tableNames: prefixedTableNames(prefix), now: () => new Date(time) });
    const first = await at("2030-05-01T00:00:00Z").links.create(user, { target: "https://example.com/t" }, { idempotencyKey: "day" });
    const within = await at("2030-05-01T23:59:59Z").links.create(user, { target: "https://example.com/t" }, { idempotencyKey: "day" });
    const after = await at("2030-05-02T00:00:01Z").links.create(user, { target: "https://example.com/t" }, { idempotencyKey: "day" });
    expect(within.code).toBe(first.code);
    expect(after.code).not.toBe(first.code);
  });

  it("refuses an unusable key", async () => {
    await expect(core.links.create(aUser(), { target: "https://example.com/k" }, { idempotencyKey: "has space" })).rejects.toBeInstanceOf(Validation);
  });
});
