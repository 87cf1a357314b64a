import { CloudWatchClient, GetMetricDataCommand, type MetricDataQuery } from "@aws-sdk/client-cloudwatch";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "../../src/emulator";
import { PACKAGE_DIR } from "../lambda/runtime-fixtures";
import { connect, refusalStatus, wsDefinition } from "./ws-fixture";

const query = (id: string, metricName: string, dimensions: Record<string, string>): MetricDataQuery => ({
  Id: id,
  MetricStat: { Metric: { Namespace: "AWS/ApiGateway", MetricName: metricName, Dimensions: Object.entries(dimensions).map(([Name, Value]) => ({ Name, Value })) }, Period: 60, Stat: "Sum" },
});

describe("startEmulator's WebSocket API: access log, AWS/ApiGateway metrics, close()", () => {
  const dir = mkdtempSync(join(tmpdir(), "linkgate-ws-emulator-"));
  const eventLog = join(dir, "events.jsonl");
  const logs: string[] = [];
  let emulator: Emulator;
  let cloudwatch: CloudWatchClient;
  const events = () => readFileSync(eventLog, "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line) as { requestContext?: { routeKey: string; connectionId: string } });

  beforeAll(async () => {
    writeFileSync(eventLog, "");
    emulator = await startEmulator({
      definition: { restApiId: "rest1", stage: "test", routes: [{ method: "GET", path: "/echo", function: "restEcho" }], functions: { restEcho: { entry: "tests/fixtures/emulator/event-echo.ts" } } },
      webSocket: wsDefinition(eventLog),
      rootDir: PACKAGE_DIR,
      bundleDir: join(dir, "bundles"),
      onAccessLog: (line) => logs.push(line),
      runtimeLogger: () => undefined,
    });
    cloudwatch = new CloudWatchClient({ endpoint: emulator.cloudwatchUrl, region: "us-east-1", credentials: { accessKeyId: "local", secretAccessKey: "local" } });
  }, 60_000);
  afterAll(async () => {
    cloudwatch?.destroy();
    await emulator?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("serves the WebSocket API beside the REST API, from one runtime", async () => {
    expect(emulator.webSocketUrl).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/test$/);
    expect(emulator.webSocketManagementUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/test$/);
    expect((await fetch(`${emulator.url}/echo`)).status).toBe(200);
  });

  it("logs one line per connect, message and disconnect, never with the token", async () => {
    const started = logs.length;
    expect(await refusalStatus(`${emulator.webSocketUrl}?token=secret-token-value`)).toBe(401);
    const client = await connect(`${emulator.webSocketUrl}?token=good`);
    await client.ask(JSON.stringify({ action: "echo" }));
    client.ws.close();
    await client.closed;
    await expect.poll(() => logs.slice(started).filter((line) => line.includes('"DISCONNECT"')).length).toBe(1);
    const lines = logs.slice(started).filter((line) => line.includes('"eventType"')).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => [line.eventType, line.routeKey, line.status])).toEqual([
      ["CONNECT", "$connect", 401],
      ["CONNECT", "$connect", 200],
      ["MESSAGE", "echo", 200],
      ["DISCONNECT", "$disconnect", 200],
    ]);
    expect(lines[0]).toMatchObject({ responseType: "UNAUTHORIZED", errorMessage: "Unauthorized", stage: "test", ip: "127.0.0.1" });
    expect(lines[2]).toMatchObject({ messageId: expect.stringMatching(/=$/), integrationLatency: expect.any(Number) });
    for (const line of logs) {
      expect(line).not.toContain("secret-token-value");
      expect(line).not.toContain("token=");
    }
  });

  it("records ConnectCount and MessageCount (both directions) by ApiId and by ApiId and Stage", async () => {
    const since = Date.now();
    const client = await connect(`${emulator.webSocketUrl}?token=good`);
    await client.ask(JSON.stringify({ action: "echo" }));
    await client.ask("to default");
    client.ws.close();
    await client.closed;
    const sums = async () => {
      const answer = await cloudwatch.send(
        new GetMetricDataCommand({
          MetricDataQueries: [
            query("connects", "ConnectCount", { ApiId: "wsapi123" }),
            query("messages", "MessageCount", { ApiId: "wsapi123", Stage: "test" }),
            query("clientErrors", "ClientError", { ApiId: "wsapi123" }),
          ],
          StartTime: new Date(since - 120_000),
          EndTime: new Date(Date.now() + 60_000),
        }),
      );
      return Object.fromEntries((answer.MetricDataResults ?? []).map((result) => [result.Id, (result.Values ?? []).reduce((a, b) => a + b, 0)]));
    };
    // Earlier tests in this file connected too (one refused by the authorizer: a client error, no ConnectCount).
    await expect.poll(sums).toMatchObject({ connects: 2, messages: 6, clientErrors: 1 });
  });

  it("close() closes open connections with 1001 and runs their $disconnect", async () => {
    const client = await connect(`${emulator.webSocketUrl}?token=good`);
    const connectionId = (JSON.parse(String(await client.ask(JSON.stringify({ action: "event" })))) as { requestContext: { connectionId: string } }).requestContext.connectionId;
    await emulator.webSocket!.close();
    expect((await client.closed).code).toBe(1001);
    expect(events().find((event) => event.requestContext?.routeKey === "$disconnect" && event.requestContext.connectionId === connectionId)).toBeDefined();
    expect(emulator.webSocket!.connectionCount()).toBe(0);
  });
});
