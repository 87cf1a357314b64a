import { beforeAll, describe, expect, it } from "vitest";
import { createCore, Validation, type Core, type Link } from "../src/index";
import { aUser, createTestCore, prefixedTableNames } from "../src/testing/index";
import { uniqueTablePrefix } from "./local-aws";

async function allPages(core: Core, caller: Parameters<Core["links"]["list"]>[0], input: { limit: number; search?: string }): Promise<Link[][]> {
  const pages: Link[][] = [];
  let cursor: string | null = null;
  do {
    const page = await core.links.list(caller, { ...input, cursor: cursor ?? undefined });
    pages.push(page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return pages;
}

describe("listing one's links", () => {
  let core: Core;
  let prefix: string;
  const owner = aUser();
  const codes: string[] = [];

  beforeAll(async () => {
    prefix = uniqueTablePrefix("list");
    core = await createTestCore(prefix);
    for (let batch = 0; batch < 10; batch += 1) {
      const created = await Promise.all(
        Array.from({ length: 25 }, (_, i) => core.links.create(owner, { target: `https://example.com/${batch * 25 + i}${i % 5 === 0 ? "/needle" : ""}` })),
      );
      codes.push(...created.map((link) => link.code));
    }
    await core.links.create(aUser(), { target: "https://example.com/someone-else/needle" });
  }, 120_000);

  it("pages over 250 links returning each exactly once, only the owner's", async () => {
    const pages = await allPages(core, owner, { limit: 40 });
    const seen = pages.flat().map((link) => link.code);
    expect(seen).toHaveLength(250);
    expect(new Set(seen)).toEqual(new Set(codes));
    expect(pages.slice(0, -1).every((page) => page.length === 40)).toBe(true);
  });

  it("lists newest first", async () => {
    const user = aUser();
    for (const [n, time] of ["2030-01-01T00:00:00Z", "2030-01-03T00:00:00Z", "2030-01-02T00:00:00Z"].entries()) {
      const at = createCore({ ...core.config, tableNames: prefixedTableNames(prefix), now: () => new Date(time) });
      await at.links.create(user, { target: `https://example.com/order/${n}` });
    }
    const { items, nextCursor } = await core.links.list(user, { limit: 10 });
    expect(items.map((link) => link.target)).toEqual(["https://example.com/order/1", "https://example.com/order/2", "https://example.com/order/0"]);
    expect(nextCursor).toBeNull();
    const oldestFirst = await core.links.list(user, { limit: 10, sort: "createdAt" });
    expect(oldestFirst.items.map((link) => link.target)).toEqual(["https://example.com/order/0", "https://example.com/order/2", "https://example.com/order/1"]);
  });

  it("binds a cursor to its query: another sort or search refuses it", async () => {
    const { nextCursor } = await core.links.list(owner, { limit: 5 });
    await expect(core.links.list(owner, { cursor: nextCursor!, sort: "createdAt" })).rejects.toBeInstanceOf(Validation);
    await expect(core.links.list(owner, { cursor: nextCursor!, search: "needle" })).rejects.toBeInstanceOf(Validation);
  });

  it("searches code and target case-insensitively, across pages, each match once", async () => {
    const pages = await allPages(core, owner, { limit: 7, search: "NEEDLE" });
    const found = pages.flat();
    expect(found).toHaveLength(50);
    expect(new Set(found.map((link) => link.code)).size).toBe(50);
    expect(found.every((link) => link.target.endsWith("/needle"))).toBe(true);
    const byCode = await core.links.list(owner, { search: codes[3]!.toLowerCase(), limit: 100 });
    expect(byCode.items.map((link) => link.code)).toContain(codes[3]);
  });

  it.each([
    ["garbled", "%%%garbage%%%"],
    ["truncated", "eyJjb2RlIjoiYWJjIn0"],
  ])("refuses a %s cursor with Validation", async (_label, cursor) => {
    await expect(core.links.list(owner, { cursor })).rejects.toBeInstanceOf(Validation);
  });

  it("refuses a cursor whose content was altered, or that belongs to another owner's list", async () => {
    const { nextCursor } = await core.links.list(owner, { limit: 5 });
    const [payload, mac] = nextCursor!.split(".");
    const altered = JSON.parse(Buffer.from(payload!, "base64url").toString());
    altered.ownerId = "user#someone-else";
    await expect(core.links.list(owner, { cursor: `${Buffer.from(JSON.stringify(altered)).toString("base64url")}.${mac}` })).rejects.toBeInstanceOf(Validation);
    await expect(core.links.list(aUser(), { cursor: nextCursor! })).rejects.toBeInstanceOf(Validation);
  });

  it("refuses an out-of-range page size", async () => {
    await expect(core.links.list(owner, { limit: 0 })).rejects.toBeInstanceOf(Validation);
    await expect(core.links.list(owner, { limit: 101 })).rejects.toBeInstanceOf(Validation);
  });
});
