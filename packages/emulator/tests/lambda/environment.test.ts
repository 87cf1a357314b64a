import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture, payloadOf, startTestRuntime, type TestRuntime } from "./runtime-fixtures";

interface EnvironmentPayload {
  tableName: string;
  env: Record<string, string>;
  context: Record<string, unknown>;
  remainingAtStart: number;
  remainingAfterWait: number;
  heap: { oldMb: number; youngMb: number };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("function environment and context", () => {
  let subject: TestRuntime;
  beforeAll(() => {
    subject = startTestRuntime(
      {
        links: fixture("environment", {
          memoryMb: 512,
          timeoutSeconds: 5,
          environment: {
            SST_RESOURCE_App: JSON.stringify({ name: "linkgate", stage: "local" }),
            SST_RESOURCE_Links: JSON.stringify({ name: "local-links-table", type: "sst.aws.Dynamo" }),
            AWS_LAMBDA_FUNCTION_NAME: "overridden?",
          },
        }),
        other: fixture("environment", { environment: { SST_RESOURCE_Links: JSON.stringify({ name: "other-table" }) } }),
      },
      { region: "eu-west-3", accountId: "111122223333", inheritedEnv: { PATH: "/usr/bin", AWS_ENDPOINT_URL_DYNAMODB: "http://127.0.0.1:8000" } },
    );
  });
  afterAll(() => subject.dispose());

  it("gives the handler its SST links, so Resource.X.name works unchanged", async () => {
    const [links, other] = await Promise.all([subject.runtime.invoke("links", {}), subject.runtime.invoke("other", {})]);

    expect(payloadOf<EnvironmentPayload>(links).tableName).toBe("local-links-table");
    expect(payloadOf<EnvironmentPayload>(other).tableName).toBe("other-table");
  });

  it("sets Lambda's own variables, which the function's environment cannot override", async () => {
    const { env } = payloadOf<EnvironmentPayload>(await subject.runtime.invoke("links", {}));

    expect(env).toMatchObject({
      AWS_LAMBDA_FUNCTION_NAME: "links",
      AWS_LAMBDA_FUNCTION_MEMORY_SIZE: "512",
      AWS_LAMBDA_FUNCTION_VERSION: "$LATEST",
      AWS_REGION: "eu-west-3",
      AWS_DEFAULT_REGION: "eu-west-3",
      AWS_EXECUTION_ENV: "AWS_Lambda_nodejs22.x",
      AWS_LAMBDA_LOG_GROUP_NAME: "/aws/lambda/links",
      _HANDLER: "environment.handler",
      PATH: "/usr/bin",
      AWS_ENDPOINT_URL_DYNAMODB: "http://127.0.0.1:8000",
    });
    expect(env.LAMBDA_TASK_ROOT).toContain(subject.bundleDir);
    expect(env.AWS_LAMBDA_LOG_STREAM_NAME).toMatch(/^\d{4}\/\d{2}\/\d{2}\/\[\$LATEST\][0-9a-f]{32}$/);
  });

  it("keeps each worker's environment to itself and leaves the emulator's process.env alone", async () => {
    const before = { ...process.env };

    await subject.runtime.invoke("links", { mutate: true });
    const other = payloadOf<EnvironmentPayload>(await subject.runtime.invoke("other", {}));

    expect(process.env).toEqual(before);
    expect(process.env.SST_RESOURCE_Links).toBeUndefined();
    expect(other.env.SET_BY_HANDLER).toBeUndefined();
    expect(other.env.SST_RESOURCE_App).toBeUndefined();
  });

  it("passes a Lambda context with a fresh request id and the remaining time", async () => {
    const result = await subject.runtime.invoke("links", {});

    const payload = payloadOf<EnvironmentPayload>(result);
    expect(payload.context).toMatchObject({
      functionName: "links",
      functionVersion: "$LATEST",
      invokedFunctionArn: "arn:aws:lambda:eu-west-3:111122223333:function:links",
      memoryLimitInMB: "512",
      logGroupName: "/aws/lambda/links",
      callbackWaitsForEmptyEventLoop: true,
    });
    expect(payload.context.awsRequestId).toMatch(UUID);
    expect(result.ok && result.requestId).toBe(payload.context.awsRequestId);
    expect(payload.context.logStreamName).toBe(payload.env.AWS_LAMBDA_LOG_STREAM_NAME);
    // The function has 5 s; the handler waited 50 ms between the two readings. Both readings are
    // whole milliseconds of Date.now(), and a 50 ms timer may fire 49.x ms later by that clock.
    expect(payload.remainingAtStart).toBeLessThanOrEqual(5000);
    expect(payload.remainingAtStart).toBeGreaterThan(4000);
    expect(payload.remainingAfterWait).toBeLessThanOrEqual(payload.remainingAtStart - 49);
  });

  it("sizes the heap for the function's memory as Lambda's Node runtime does", async () => {
    const { heap } = payloadOf<EnvironmentPayload>(await subject.runtime.invoke("links", {}));

    // 512 MB: new space 51 MB (semi-space 25, young generation 3 × 25), old space 461 MB.
    expect(heap).toEqual({ oldMb: 461, youngMb: 75 });
  });

  it("gives every invocation its own request id", async () => {
    const results = await Promise.all([1, 2, 3].map(() => subject.runtime.invoke("links", {})));

    const ids = results.map((result) => (result.ok ? result.requestId : undefined));
    expect(new Set(ids).size).toBe(3);
  });
});
