import { describe, expect, it } from "vitest";
import type { FunctionBundle } from "./function-bundler";
import { inheritedEnvironment, newLogStreamName, workerBoot, workerEnvironment } from "./lambda-environment";

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
});
