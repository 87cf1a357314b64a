import { describe, expect, it } from "vitest";
import { workerExecArgv } from "../../src/lambda/function-worker";

describe("a function worker's Node flags", () => {
  it("are source maps alone when the process has no profiling flags", () => {
    expect(workerExecArgv(["--import", "tsx", "--max-old-space-size=512"])).toEqual(["--enable-source-maps"]);
  });

  it("carry the process's CPU profiling, in either spelling of its directory", () => {
    expect(workerExecArgv(["--cpu-prof", "--cpu-prof-dir=/tmp/a", "--cpu-prof-interval", "50"])).toEqual(["--enable-source-maps", "--cpu-prof", "--cpu-prof-dir=/tmp/a", "--cpu-prof-interval=50"]);
  });

  it("leave out a profile file name, which every thread would overwrite", () => {
    expect(workerExecArgv(["--cpu-prof", "--cpu-prof-name=main.cpuprofile"])).toEqual(["--enable-source-maps", "--cpu-prof"]);
  });
});
