import { appendFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { appendConfirmationCode, confirmationCodesFile, latestConfirmationCode, readConfirmationCodes } from "./confirmation-code-file";

describe("confirmation codes file", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "linkgate-codes-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("lives under the Cognito data dir and reads as empty before any code", () => {
    const file = confirmationCodesFile(dataDir);
    expect(file).toBe(join(dataDir, "cognito", "confirmation-codes.jsonl"));
    expect(readConfirmationCodes(file)).toEqual([]);
    expect(latestConfirmationCode(file, "ann")).toBeUndefined();
  });

  it("appends codes with their time; the newest per user wins; a torn last line is skipped", () => {
    const file = confirmationCodesFile(dataDir);
    appendConfirmationCode(file, { username: "ann", code: "111111", destination: "ann@example.test" }, new Date("2030-01-01T00:00:00Z"));
    appendConfirmationCode(file, { username: "bob", code: "222222" }, new Date("2030-01-01T00:00:01Z"));
    appendConfirmationCode(file, { username: "ann", code: "333333" }, new Date("2030-01-01T00:00:02Z"));
    appendFileSync(file, '{"username":"ann","co');
    expect(readConfirmationCodes(file)).toEqual([
      { username: "ann", code: "111111", destination: "ann@example.test", at: "2030-01-01T00:00:00.000Z" },
      { username: "bob", code: "222222", at: "2030-01-01T00:00:01.000Z" },
      { username: "ann", code: "333333", at: "2030-01-01T00:00:02.000Z" },
    ]);
    expect(latestConfirmationCode(file, "ann")).toBe("333333");
    expect(latestConfirmationCode(file, "bob")).toBe("222222");
  });
});
