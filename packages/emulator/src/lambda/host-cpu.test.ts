import { describe, expect, it } from "vitest";
import { HostCpuGauge } from "./host-cpu";

describe("HostCpuGauge", () => {
  it("reads a share between 0 and 1, and reuses a reading for a while", () => {
    const gauge = new HostCpuGauge();
    const start = performance.now();
    const first = gauge.idleShare(start + 1_000);
    expect(first).toBeGreaterThanOrEqual(0);
    expect(first).toBeLessThanOrEqual(1);
    expect(gauge.idleShare(start + 1_001)).toBe(first);
  });
});
