/**
 * The raw SDK against DynamoDB Local, `concurrency` calls always in flight for `seconds`: the
 * baseline the stack's rows are compared with. Runs in its own process (like autocannon) and
 * prints one JSON `LoadFigures` line. Each call is exactly what the function sends:
 *
 *   update  the redirect's UpdateItem on one link (packages/core/src/links/link-resolve.ts)
 *   get     GET /me's GetItem on the user's Owners item (dynamoose `Model.get`: eventually consistent)
 *
 *   tsx bench/raw-dynamodb-load.ts <endpoint> <update|get> <table> <key> <seconds> <concurrency>
 */
import { DynamoDB } from "@aws-sdk/client-dynamodb";
import { awsClientOptions } from "@linkgate/core";
import { rawRedirectUpdate } from "@linkgate/core/testing";
import { figuresOf, type LoadFigures } from "./load-figures";

const [endpoint, operation, table, key, seconds, concurrency] = process.argv.slice(2);
// The functions' own client settings (core's awsClientOptions); region and credentials as the stack sets them.
const client = new DynamoDB({ ...awsClientOptions(), endpoint, region: "us-east-1", credentials: { accessKeyId: "local", secretAccessKey: "local" } });

// The redirect's UpdateItem as written by hand, the baseline core's and the functions' benches use too.
const redirectUpdate = (code: string) => client.send(rawRedirectUpdate(table!, code));

const ownerGet = (ownerId: string) => client.getItem({ TableName: table, Key: { ownerId: { S: ownerId } } });

const call = operation === "update" ? () => redirectUpdate(key!) : () => ownerGet(key!);
const latencies: number[] = [];
let errors = 0;
const endAt = performance.now() + Number(seconds) * 1000;

async function loop(): Promise<void> {
  while (performance.now() < endAt) {
    const started = performance.now();
    try {
      await call();
      latencies.push(performance.now() - started);
    } catch {
      errors++;
    }
  }
}

const cpuBefore = process.cpuUsage();
await Promise.all(Array.from({ length: Number(concurrency) }, loop));
const cpu = process.cpuUsage(cpuBefore);
// The SDK's own CPU per call, the cost a function worker pays for the same call on top of its handler.
const result: LoadFigures = { ...figuresOf(latencies, errors, Number(seconds)), generatorCpuMs: (cpu.user + cpu.system) / 1000 / Math.max(1, latencies.length) };
console.log(JSON.stringify(result));
client.destroy();
