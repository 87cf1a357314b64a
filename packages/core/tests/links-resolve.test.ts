import { DynamoDB } from "@aws-sdk/client-dynamodb";
import { beforeAll, describe, expect, it } from "vitest";
import { createCore, type Core } from "../src/index";
import { aUser, createTestCore, prefixedTableNames } from "../src/testing/index";
import { uniqueTablePrefix } from "./local-aws";

/** A core whose clock is set by the test. */
function coreAt(base: Core, prefix: string, time: string): Core {
  return createCore({ ...base.config, tableNames: prefixedTableNames(prefix), now: () => new Date(time) });
}

describe("resolving a short code (the redirect)", () => {
  let core: Core;
  let prefix: string;

  beforeAll(async () => {
    prefix = uniqueTablePrefix("resolve");
    core = await createTestCore(prefix);
  });

  it("returns the target of a permanent link and counts the click", async () => {
    const user = aUser();
    const link = await core.links.create(user, { target: "https://example.com/a" });
    await expect(core.links.resolve(link.code)).resolves.toEqual({ target: "https://example.com/a", permanent: true });
    expect((await core.links.get(user, link.code)).totalClicks).toBe(1);
  });

  it("returns undefined for an unknown code", async () => {
    await expect(core.links.resolve("no-such-code")).resolves.toBeUndefined();
  });

  it("counts exactly +100 for 100 parallel resolves", async () => {
    const user = aUser();
    const link = await core.links.create(user, { target: "https://example.com/hot" });
    const results = await Promise.all(Array.from({ length: 100 }, () => core.links.resolve(link.code)));
    expect(results.every((r) => r?.target === "https://example.com/hot")).toBe(true);
    expect((await core.links.get(user, link.code)).totalClicks).toBe(100);
  });

  it("marks an expiring link as not permanent, and stops resolving it once expired (TTL deletion is lazy)", async () => {
    const user = aUser();
    const early = coreAt(core, prefix, "2030-01-01T10:00:00Z");
    const link = await early.links.create(user, { target: "https://example.com/soon", expiresAt: "2030-01-01T12:00:00Z" });
    await expect(early.links.resolve(link.code)).resolves.toEqual({ target: "https://example.com/soon", permanent: false });
    const late = coreAt(core, prefix, "2030-01-01T12:00:01Z");
    await expect(late.links.resolve(link.code)).resolves.toBeUndefined();
    // The item is still there (DynamoDB Local never deletes by TTL) and the refused click is not counted.
    expect((await late.links.get(user, link.code)).totalClicks).toBe(1);
  });

  it("stores expiresAt as epoch seconds in the TTL attribute", async () => {
    const early = coreAt(core, prefix, "2030-01-01T10:00:00Z");
    const link = await early.links.create(aUser(), { target: "https://example.com/ttl", expiresAt: "2030-01-02T00:00:00Z" });
    const raw = await new DynamoDB({}).getItem({ TableName: core.tableNames.Links, Key: { code: { S: link.code } } });
    expect(raw.Item?.expiresAt).toEqual({ N: String(Date.parse("2030-01-02T00:00:00Z") / 1000) });
  });

  it("counts clicks per UTC day, reported by stats with the total", async () => {
    const user = aUser();
    const day1 = coreAt(core, prefix, "2030-03-01T23:59:00Z");
    const day2 = coreAt(core, prefix, "2030-03-02T00:01:00Z");
    const link = await day1.links.create(user, { target: "https://example.com/stats" });
    await Promise.all([day1.links.resolve(link.code), day1.links.resolve(link.code), day2.links.resolve(link.code)]);
    const stats = await core.links.stats(user, link.code, { from: "2030-02-28", to: "2030-03-03" });
    expect(stats).toEqual({
      code: link.code,
      totalClicks: 3,
      from: "2030-02-28",
      to: "2030-03-03",
      days: [
        { day: "2030-02-28", clicks: 0 },
        { day: "2030-03-01", clicks: 2 },
        { day: "2030-03-02", clicks: 1 },
        { day: "2030-03-03", clicks: 0 },
      ],
    });
  });

  it("makes a link permanent again when its expiry is cleared", async () => {
    const user = aUser();
    const link = await core.links.create(user, { target: "https://example.com/p", expiresAt: new Date(Date.now() + 86_400_000).toISOString() });
    await expect(core.links.resolve(link.code)).resolves.toMatchObject({ permanent: false });
    const updated = await core.links.update(user, link.code, { expiresAt: null });
    expect(updated.expiresAt).toBeNull();
    await expect(core.links.resolve(link.code)).resolves.toMatchObject({ permanent: true });
  });
});
