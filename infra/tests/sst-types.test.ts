import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureSstPlatform, REPO_ROOT } from "../typecheck/sst-platform";
import { formatDiagnostics, sstDiagnostics } from "../typecheck/sst-program";

// A wrong value in infrastructure code must fail the type check (and so CI), not a deploy.

const FIXTURE = join(REPO_ROOT, "infra", "typecheck", "fixtures", "usage-plan.fixture.ts");
const PERIODS = ["month", "year"] as const;
let workDir: string;
const diagnosticsByPeriod = new Map<string, ts.Diagnostic[]>();

beforeAll(() => {
  ensureSstPlatform();
  // Beside the fixture, so the reference to .sst/platform resolves; one program (SST's types are big).
  workDir = mkdtempSync(join(REPO_ROOT, "infra", "typecheck", "fixtures", "tmp-"));
  const files = PERIODS.map((period) => {
    const file = join(workDir, `usage-plan-${period}.ts`);
    const source = readFileSync(FIXTURE, "utf8").replace('"PERIOD"', JSON.stringify(period)).replace("../../../.sst", "../../../../.sst");
    writeFileSync(file, source);
    return file;
  });
  const diagnostics = sstDiagnostics(files);
  PERIODS.forEach((period, index) => {
    diagnosticsByPeriod.set(period, diagnostics.filter((diagnostic) => diagnostic.file?.fileName === files[index]));
  });
  // Anything not in a fixture (a global problem) would make both cases meaningless.
  expect(formatDiagnostics(diagnostics.filter((diagnostic) => !files.includes(diagnostic.file?.fileName ?? "")))).toBe("");
});
afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe("SST's component types in the type check", () => {
  it("accept a quota period SST knows", () => {
    expect(formatDiagnostics(diagnosticsByPeriod.get("month") ?? [])).toBe("");
  });

  it('reject a quota period of "year"', () => {
    const diagnostics = diagnosticsByPeriod.get("year") ?? [];
    const text = formatDiagnostics(diagnostics);
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toContain(2322);
    expect(text).toMatch(/"year"/);
    expect(text).toMatch(/"day" \| "week" \| "month"/);
  });
});
