import { describe, expect, it } from "vitest";
import { ColdStartGate } from "./cold-start-gate";

describe("ColdStartGate", () => {
  it("runs at most `size` starts at once, the rest in arrival order", async () => {
    const gate = new ColdStartGate(2);
    let running = 0;
    let peak = 0;
    const order: number[] = [];
    const releases: (() => void)[] = [];
    const starts = [0, 1, 2, 3].map((n) =>
      gate.run(async () => {
        running++;
        peak = Math.max(peak, running);
        order.push(n);
        await new Promise<void>((resolve) => releases.push(resolve));
        running--;
        return n;
      }),
    );
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual([0, 1]);
    while (releases.length > 0) {
      releases.shift()!();
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await Promise.all(starts)).toEqual([0, 1, 2, 3]);
    expect(order).toEqual([0, 1, 2, 3]);
    expect(peak).toBe(2);
  });

  it("frees the slot when a start fails", async () => {
    const gate = new ColdStartGate(1);
    await expect(gate.run(() => Promise.reject(new Error("init failed")))).rejects.toThrow("init failed");
    expect(await gate.run(async () => "next")).toBe("next");
  });
});
