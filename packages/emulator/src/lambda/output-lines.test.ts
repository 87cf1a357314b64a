import { describe, expect, it } from "vitest";
import { EmfLineScanner } from "./output-lines";

const emf = '{"_aws":{"Timestamp":1,"CloudWatchMetrics":[]},"Redirects":1}';

describe("EmfLineScanner", () => {
  it("hands over the EMF lines and skips the rest", () => {
    const lines: string[] = [];
    const scanner = new EmfLineScanner((line) => lines.push(line));
    scanner.push(Buffer.from(`plain log\n${emf}\n{"level":"INFO"}\n`));
    scanner.push(Buffer.from("nothing here\n"));
    expect(lines).toEqual([emf]);
  });

  it("joins a line split across chunks, wherever the split falls", () => {
    for (let split = 1; split < emf.length; split += 7) {
      const lines: string[] = [];
      const scanner = new EmfLineScanner((line) => lines.push(line));
      scanner.push(Buffer.from(`before\n${emf.slice(0, split)}`));
      scanner.push(Buffer.from(`${emf.slice(split)}\nafter\n`));
      expect(lines).toEqual([emf]);
    }
  });

  it("keeps an unfinished line until its newline", () => {
    const lines: string[] = [];
    const scanner = new EmfLineScanner((line) => lines.push(line));
    scanner.push(Buffer.from(emf));
    expect(lines).toEqual([]);
    scanner.push(Buffer.from("\n"));
    expect(lines).toEqual([emf]);
  });
});
