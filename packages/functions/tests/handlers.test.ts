import { liveRoutes, routes } from "@linkgate/contract";
import { readdirSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { FUNCTIONS_DIR, handlerEntryFor, LINK_STREAM_ENTRY, liveHandlerEntryFor } from "../src/entries";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "../../..");

describe("handler files", () => {
  it.each(routes.map((route) => route.name))("%s has its handler file exporting a function", async (name) => {
    const entry = handlerEntryFor(name);
    const module = (await import(join(repoRoot, entry.file))) as Record<string, unknown>;
    expect(typeof module[entry.export]).toBe("function");
  });

  it.each(liveRoutes.map((route) => route.name))("the live route %s has its handler", async (name) => {
    const entry = liveHandlerEntryFor(name);
    const module = (await import(join(repoRoot, entry.file))) as Record<string, unknown>;
    expect(typeof module[entry.export]).toBe("function");
  });

  it("has no handler file without a contract route (REST or live) or the Links stream", () => {
    const entries = [...routes.map((route) => handlerEntryFor(route.name)), ...liveRoutes.map((route) => liveHandlerEntryFor(route.name)), LINK_STREAM_ENTRY];
    const expected = new Set(entries.map((entry) => basename(entry.file)));
    const present = readdirSync(join(repoRoot, FUNCTIONS_DIR)).filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"));
    expect(present.filter((file) => !expected.has(file))).toEqual([]);
    expect(present).toHaveLength(expected.size);
  });
});
