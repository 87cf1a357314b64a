import { describe, expect, it } from "vitest";
import { DIFFERENTIAL_AREAS } from "../../conformance/differential/differential-cases";

/** Every differential case cites a recording, as data: the suite's promise that nothing is a guess. */
describe("differential cases cite their recordings", () => {
  const cases = Object.values(DIFFERENTIAL_AREAS).flat();

  it("there are at least 60, with distinct names", () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  it("each names a source and a key; a LocalStack snapshot also its pytest id and entry", () => {
    const uncited = cases.filter(({ recording }) => {
      if (!recording.source.trim() || !recording.key.trim()) return true;
      if (!recording.source.endsWith(".snapshot.json")) return !/^(https:\/\/|[\w.-]+\/[\w.-]+ )/.test(recording.source);
      return !recording.key.startsWith("tests/aws/services/apigateway/test_apigateway_") || !recording.key.includes(".py::") || !recording.entry;
    });
    expect(uncited.map((c) => c.name)).toEqual([]);
  });
});
