import { DynamoDBClient, ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { javaExecutable } from "@linkgate/toolchain";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createConnection } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startDynamoDbLocal } from "../src/dynamodb/dynamodb-local";
import { isLoopbackOnly, listeningAddresses } from "../src/testing/listening-addresses";
import { LOCAL_AWS_ENV } from "../src/testing/local-aws-env";

const client = (endpoint: string) =>
  new DynamoDBClient({
    endpoint,
    region: LOCAL_AWS_ENV.AWS_REGION,
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
    maxAttempts: 1,
  });

function connects(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

describe("DynamoDB Local launcher", () => {
  it("answers on 127.0.0.1 only, and stops cleanly", async () => {
    const ddb = await startDynamoDbLocal();
    try {
      const tables = await client(ddb.endpoint).send(new ListTablesCommand({}));
      expect(tables.TableNames).toEqual([]);
      const addresses = listeningAddresses(ddb.port);
      expect(addresses).toEqual(["::ffff:127.0.0.1"]);
      expect(isLoopbackOnly(addresses)).toBe(true);
    } finally {
      await ddb.stop();
    }
    expect(await connects("127.0.0.1", ddb.port)).toBe(false);
  });

  it("keeps data in the data directory across restarts", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "linkgate-ddb-"));
    const first = await startDynamoDbLocal({ dataDir });
    const { CreateTableCommand } = await import("@aws-sdk/client-dynamodb");
    await client(first.endpoint).send(
      new CreateTableCommand({
        TableName: "kept",
        BillingMode: "PAY_PER_REQUEST",
        AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "S" }],
        KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }],
      }),
    );
    await first.stop();
    expect(readdirSync(dataDir).length).toBeGreaterThan(0);
    const second = await startDynamoDbLocal({ dataDir });
    try {
      const tables = await client(second.endpoint).send(new ListTablesCommand({}));
      expect(tables.TableNames).toEqual(["kept"]);
    } finally {
      await second.stop();
    }
  });

  it("refuses a port already in use with a clear message", async () => {
    const ddb = await startDynamoDbLocal();
    try {
      await expect(startDynamoDbLocal({ port: ddb.port })).rejects.toThrow(/already in use/);
    } finally {
      await ddb.stop();
    }
  });

  it("says how to install Java when java is missing", async () => {
    const saved = { PATH: process.env.PATH, JAVA_HOME: process.env.JAVA_HOME, LINKGATE_JAVA: process.env.LINKGATE_JAVA };
    process.env.PATH = mkdtempSync(join(tmpdir(), "nojava-"));
    delete process.env.JAVA_HOME;
    delete process.env.LINKGATE_JAVA;
    try {
      await expect(startDynamoDbLocal()).rejects.toThrow(/^Java \(DynamoDB Local runs on it\) not found: .*apt-get install -y default-jre-headless`.*set LINKGATE_JAVA/);
    } finally {
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });

  it("runs the java it is given, and says so when that one does not run", async () => {
    const dir = mkdtempSync(join(tmpdir(), "somejava-"));
    const java = join(dir, "java");
    // A wrapper that notes each run, then hands over to the real Java.
    writeFileSync(java, `#!/bin/sh\necho "$@" >> ${join(dir, "runs")}\nexec ${javaExecutable()} "$@"\n`, { mode: 0o755 });
    const ddb = await startDynamoDbLocal({ java });
    await ddb.stop();
    expect(readFileSync(join(dir, "runs"), "utf8")).toMatch(/-port \d+ -inMemory -sharedDb/);
    await expect(startDynamoDbLocal({ java: join(dir, "missing-java") })).rejects.toThrow(`${join(dir, "missing-java")} does not run.`);
  });
});
