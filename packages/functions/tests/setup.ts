import { CreateUsagePlanCommand, APIGatewayClient } from "@aws-sdk/client-api-gateway";
import { plans } from "@linkgate/contract";
import { createCore, createTables } from "@linkgate/core";
import { uniqueTablePrefix } from "@linkgate/emulator/testing";
import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { createFunctionsTestEnv } from "../src/testing/index";

/*
 * Per test file, before any handler is imported (config is read at cold start): this suite's
 * tables, its own REST API id on the shared control plane with the contract's plans deployed on
 * it as SST deploys them (named by plan id, plain description), and the environment pointing the
 * functions at all of it.
 */
const cognito = inject("cognito");
const config = createFunctionsTestEnv({
  dynamodbEndpoint: inject("dynamodbEndpoint"),
  controlPlaneUrl: inject("controlPlaneUrl"),
  cognitoEndpoint: cognito.endpoint,
  userPoolId: cognito.userPoolId,
  tablePrefix: uniqueTablePrefix("fn"),
  restApiId: `api${randomBytes(4).toString("hex")}`,
});

await createTables(createCore({ tableNames: config.tableNames, shortBaseUrl: config.shortBaseUrl, cursorSecret: config.cursorSecret }));
const apiGateway = new APIGatewayClient({});
for (const plan of plans) {
  await apiGateway.send(
    new CreateUsagePlanCommand({
      name: plan.id,
      description: plan.description,
      apiStages: [{ apiId: config.restApiId, stage: config.stage }],
      throttle: { rateLimit: plan.throttle.rate, burstLimit: plan.throttle.burst },
      quota: { limit: plan.quota.limit, period: plan.quota.period, offset: 0 },
    }),
  );
}
apiGateway.destroy();
