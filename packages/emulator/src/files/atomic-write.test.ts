import { mkdir, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isTemporaryFileOf, temporaryPathFor, writeFileAtomically } from "./atomic-write";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "linkgate-atomic-write-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("writeFileAtomically", () => {
  it.each([{ durable: false }, { durable: true }])("writes and replaces a file, leaving no temp file (%o)", async (options) => {
    const path = join(dir, "state.json");
    await writeFileAtomically(path, "old", options);
    await writeFileAtomically(path, new TextEncoder().encode("new"), options);
    expect(await readFile(path, "utf8")).toBe("new");
    expect(await readdir(dir)).toEqual(["state.json"]);
  });

  it("removes its temp file when the rename fails, and rejects", async () => {
    const path = join(dir, "taken");
    await mkdir(path);
    await expect(writeFileAtomically(path, "x", { durable: true })).rejects.toThrow();
    expect(await readdir(dir)).toEqual(["taken"]);
  });

  it("fails, rather than recreating it, when the directory is gone", async () => {
    await expect(writeFileAtomically(join(dir, "missing", "f"), "x")).rejects.toThrow(/ENOENT/);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe("isTemporaryFileOf", () => {
  it("knows the temp files of one target (what a crash mid-write leaves), and only those", () => {
    const temporary = basename(temporaryPathFor(join(dir, "usage-state.json")));
    expect(temporary).not.toBe(basename(temporaryPathFor(join(dir, "usage-state.json"))));
    expect(isTemporaryFileOf("usage-state.json", temporary)).toBe(true);
    expect(isTemporaryFileOf("usage-state.json", "usage-state.json")).toBe(false);
    expect(isTemporaryFileOf("usage-state.json", "usage-journal.3.jsonl")).toBe(false);
    expect(isTemporaryFileOf("usage-state.json", temporary.replace("usage-state", "other"))).toBe(false);
  });
});
