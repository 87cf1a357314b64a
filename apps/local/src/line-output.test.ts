import { describe, expect, it } from "vitest";
import { batchedLineWriter } from "./line-output";

describe("batchedLineWriter", () => {
  it("writes the lines of one event-loop turn in one write, in order", async () => {
    const writes: string[] = [];
    const writeLine = batchedLineWriter((text) => writes.push(text));
    writeLine("a");
    writeLine("b");
    expect(writes).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    writeLine("c");
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toEqual(["a\nb\n", "c\n"]);
  });
});
