import { routes } from "@linkgate/contract";
import { readdirSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { FUNCTIONS_DIR, handlerEntryFor } from "../src/entries";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "../../..");

describe("handler files", () => {
  it.each(routes.map((route) => route.name))("%s has its handler file exporting a function", async (name) => {
    const entry = handlerEntryFor(name);
    const module = (await import(join(repoRoot, entry.file))) as Record<string, unknown>;
    expect(typeof module[entry.export]).toBe("function");
  });

  it("has no handler file without a contract route", () => {
    const expected = new Set(routes.map((route) => basename(handlerEntryFor(route.name).file)));
    const present = readdirSync(join(repoRoot, FUNCTIONS_DIR)).filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"));
    expect(present.filter((file) => !expected.has(file))).toEqual([]);
    expect(present).toHaveLength(expected.size);
  });
});
