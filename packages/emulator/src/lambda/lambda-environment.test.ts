import { describe, expect, it } from "vitest";
import type { FunctionBundle } from "./function-bundler";
import { inheritedEnvironment, lambdaHeapLimits, newLogStreamName, workerBoot, workerEnvironment, workerExecArgv } from "./lambda-environment";

function bundleFor(overrides: Partial<FunctionBundle> = {}): FunctionBundle {
  return { url: "file:///b/g0/h.mjs", handlerLabel: "h.handler", taskRoot: "/b/g0", bytes: 1, buildMs: 1, inputs: [], ...overrides };
}

const account = { region: "eu-west-1", accountId: "111122223333" };

describe("lambda environment", () => {
  it("inherits only AWS_* and process basics from the emulator", () => {
    const inherited = inheritedEnvironment({ AWS_ENDPOINT_URL_DYNAMODB: "http://127.0.0.1:1", PATH: "/bin", SECRET_OF_THE_HOST: "x", HOME: undefined });
    expect(inherited).toEqual({ AWS_ENDPOINT_URL_DYNAMODB: "http://127.0.0.1:1", PATH: "/bin" });
  });

  it("names log streams like Lambda does", () => {
    expect(newLogStreamName(new Date("2026-11-24T02:00:00Z"))).toMatch(/^2026\/11\/24\/\[\$LATEST\][0-9a-f]{32}$/);
  });

  it("lets the function's variables override inherited ones, and Lambda's reserved ones override both", () => {
    const definition = { entry: "h.ts", memoryMb: 256, environment: { PATH: "/fn", AWS_REGION: "mars-1", TABLE: "links" } };
    const boot = workerBoot("links", definition, bundleFor(), account);

    const env = workerEnvironment(boot, definition, bundleFor(), account, { PATH: "/bin", AWS_REGION: "us-east-1" });

    expect(env).toMatchObject({ PATH: "/fn", TABLE: "links", AWS_REGION: "eu-west-1", AWS_LAMBDA_FUNCTION_MEMORY_SIZE: "256", _HANDLER: "h.handler", LAMBDA_TASK_ROOT: "/b/g0" });
    expect(boot.invokedFunctionArn).toBe("arn:aws:lambda:eu-west-1:111122223333:function:links");
  });

  it("splits the heap as Lambda's Node bootstrap does: a tenth new space, the rest old space", () => {
    // 1,024 MB: new space 102, semi-space 51 (young generation 3 × 51), old space 922.
    expect(lambdaHeapLimits(1024)).toEqual({ maxOldGenerationSizeMb: 922, maxYoungGenerationSizeMb: 153 });
    // The smallest Lambda: 128 MB gives new space 12, semi-space 6, old space 116.
    expect(lambdaHeapLimits(128)).toEqual({ maxOldGenerationSizeMb: 116, maxYoungGenerationSizeMb: 18 });
  });

  it("gives a worker source maps alone when the process has no profiling flags", () => {
    expect(workerExecArgv(["--import", "tsx", "--max-old-space-size=512"])).toEqual(["--enable-source-maps"]);
  });

  it("hands the process's CPU profiling on to a worker, in either spelling of its options", () => {
    expect(workerExecArgv(["--cpu-prof", "--cpu-prof-dir=/tmp/a", "--cpu-prof-interval", "50"])).toEqual(["--enable-source-maps", "--cpu-prof", "--cpu-prof-dir=/tmp/a", "--cpu-prof-interval=50"]);
  });

  it("leaves out a profile file name, which every thread would overwrite", () => {
    expect(workerExecArgv(["--cpu-prof", "--cpu-prof-name=main.cpuprofile"])).toEqual(["--enable-source-maps", "--cpu-prof"]);
  });
});
