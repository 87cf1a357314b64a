/**
 * What dynamoose costs per call: reading one owner item with the dynamoose model next to the raw
 * AWS SDK GetItem, in the same run against the same DynamoDB Local, and the core's own
 * `owners.get` (what `GET /me` calls). This is why the per-request paths use raw commands and
 * dynamoose serves the admin routes only (store/dynamodb.ts). Ratios of one run; never assert.
 *
 *   npx tsx bench/model-layer.bench.ts      (OPS=3000 CONCURRENCY=16 to change)
 */
import { DynamoDBClient, GetItemCommand } from "@aws-sdk/client-dynamodb";
import { applyLocalAwsEnv, startDynamoDbLocal } from "../tests/local-aws";
import { benchHeader, benchRatio, benchRow, measurePair } from "../src/testing/measure";

const OPS = Number(process.env.OPS ?? 3_000);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 16);

async function main(): Promise<void> {
  applyLocalAwsEnv();
  const dynamodb = await startDynamoDbLocal();
  try {
    process.env.AWS_ENDPOINT_URL_DYNAMODB = dynamodb.endpoint;
    const { createTestCore } = await import("../src/testing/index");
    const { userOwnerId } = await import("../src/owner-id");
    const core = await createTestCore("bench-model-");
    const ownerId = userOwnerId("bench");
    await core.owners.setLinkLimit(ownerId, 50);

    const raw = new DynamoDBClient({});
    const rawGet = () => raw.send(new GetItemCommand({ TableName: core.tableNames.Owners, Key: { ownerId: { S: ownerId } } }));
    const { modelsOf } = await import("../src/store/models");
    const { createCoreContext } = await import("../src/request-core");
    const model = modelsOf(createCoreContext(core.config)).Owners;
    const modelGet = () => model.get({ ownerId });
    const ownersGet = () => core.owners.get(ownerId);

    await measurePair(["warm-up", "warm-up"], 400, 8, rawGet, modelGet);
    const [rawResult, modelResult] = await measurePair([`raw GetItem, ×${CONCURRENCY}`, `dynamoose get, ×${CONCURRENCY}`], OPS, CONCURRENCY, rawGet, modelGet);
    const [rawAgain, coreResult] = await measurePair([`raw GetItem, ×${CONCURRENCY}`, `core owners.get, ×${CONCURRENCY}`], OPS, CONCURRENCY, rawGet, ownersGet);

    console.log(`\nmodel-layer benchmark — Node ${process.version}, DynamoDB Local on loopback, latencies in ms, CPU = this process (user+system)`);
    console.log(benchHeader);
    for (const result of [rawResult, modelResult, rawAgain, coreResult]) console.log(benchRow(result));
    console.log(benchRatio("dynamoose/raw", rawResult, modelResult));
    console.log(benchRatio("owners.get/raw", rawAgain, coreResult));
    raw.destroy();
  } finally {
    await dynamodb.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
