import { describe, expect, it } from "vitest";
import { lambdaHeapLimits } from "../../src/lambda/function-worker";

describe("a function worker's heap", () => {
  it("is split as Lambda's Node bootstrap splits it: a tenth new space, the rest old space", () => {
    // 1,024 MB: new space 102, semi-space 51 (young generation 3 × 51), old space 922.
    expect(lambdaHeapLimits(1024)).toEqual({ maxOldGenerationSizeMb: 922, maxYoungGenerationSizeMb: 153 });
    // The smallest Lambda: 128 MB gives new space 12, semi-space 6, old space 116.
    expect(lambdaHeapLimits(128)).toEqual({ maxOldGenerationSizeMb: 116, maxYoungGenerationSizeMb: 18 });
  });
});
