import { routes } from "@linkgate/contract";
import type { ApiDefinition, FunctionDefinition } from "@linkgate/emulator";
import { AUTHORIZER_ENTRY, handlerEntryFor } from "@linkgate/functions/entries";

export const AUTHORIZER_NAME = "CognitoAccessToken";

export interface LocalApiInput {
  restApiId: string;
  stage: string;
  region: string;
  /** Environment every function sees (links, endpoints). */
  environment: Record<string, string>;
  /** Extra variables for the authorizer only (local-mode switch). */
  authorizerEnvironment: Record<string, string>;
  authorizerTtlSeconds: number;
  /** Stage-wide throttle, as infra's MethodSettings `*\/*`. */
  stageThrottle?: { rateLimit: number; burstLimit: number };
}

/**
 * The emulator's definition of the stage, from the contract — the same loop `infra/api.ts` runs for
 * AWS: user/admin routes behind the Lambda authorizer, partner routes behind API keys, CORS on.
 */
export function buildLocalApiDefinition(input: LocalApiInput): ApiDefinition {
  const functions: Record<string, FunctionDefinition> = {};
  for (const route of routes) {
    functions[route.name] = { entry: handlerEntryFor(route.name).file, timeoutSeconds: 10, environment: input.environment };
  }
  functions.authorizer = {
    entry: AUTHORIZER_ENTRY.file,
    handler: AUTHORIZER_ENTRY.export,
    timeoutSeconds: 10,
    environment: { ...input.environment, ...input.authorizerEnvironment },
  };
  return {
    restApiId: input.restApiId,
    stage: input.stage,
    region: input.region,
    cors: true,
    functions,
    authorizers: {
      [AUTHORIZER_NAME]: {
        type: "TOKEN",
        function: "authorizer",
        identitySource: ["method.request.header.Authorization"],
        resultTtlSeconds: input.authorizerTtlSeconds,
      },
    },
    routes: routes.map((route) => ({
      method: route.method,
      path: route.path,
      function: route.name,
      ...(route.auth === "user" || route.auth === "admin" ? { authorizer: AUTHORIZER_NAME } : {}),
      ...(route.auth === "partner" ? { apiKeyRequired: true } : {}),
    })),
    ...(input.stageThrottle ? { methodThrottling: { "*/*": input.stageThrottle } } : {}),
  };
}
