import { inject } from "vitest";
import { applyLocalAwsEnv } from "./local-aws";

applyLocalAwsEnv();
process.env.AWS_ENDPOINT_URL_DYNAMODB = inject("dynamodbEndpoint");
