import type { ApiDefinition, RouteDefinition } from "../src/apigateway/definition";

/**
 * The API the conformance suite expects, as an emulator definition. A deployed stage for the
 * suite declares the same routes, authorizers and functions (README.md, "Fixture stack").
 */
export const CONFORMANCE_FUNCTIONS_DIR = "conformance/functions";

export interface FixtureStackOptions {
  restApiId?: string;
  stage?: string;
  /**
   * The emulator has one integration timeout for the whole API (AWS has one per integration, and
   * the fixture stack gives only `GET /sleep` a short one): keep it above every other function's
   * answer time, below the sleeper's sleep.
   */
  integrationTimeoutMs: number;
  /** Where the authorizer counts its invocations (shared by all of its workers). */
  counterDir: string;
}

const probe = (method: RouteDefinition["method"], path: string, extra: Partial<RouteDefinition> = {}): RouteDefinition => ({ method, path, function: "probe", ...extra });

export const FIXTURE_ROUTES: RouteDefinition[] = [
  probe("GET", "/"),
  probe("GET", "/probe"),
  probe("POST", "/probe"),
  probe("ANY", "/any"),
  probe("GET", "/items/{id}"),
  probe("GET", "/items/special"),
  probe("GET", "/files/{proxy+}"),
  { method: "GET", path: "/responses", function: "responses" },
  { method: "GET", path: "/throws", function: "throws" },
  { method: "POST", path: "/result", function: "result-from-body" },
  { method: "GET", path: "/sleep", function: "sleep" },
  probe("GET", "/keyed", { apiKeyRequired: true }),
  probe("POST", "/keyed", { apiKeyRequired: true }),
  probe("GET", "/keyed/other", { apiKeyRequired: true }),
  probe("GET", "/auth/token", { authorizer: "token" }),
  probe("POST", "/auth/token", { authorizer: "token" }),
  probe("GET", "/auth/token/other", { authorizer: "token" }),
  probe("GET", "/auth/keyed", { authorizer: "token", apiKeyRequired: true }),
  probe("GET", "/auth/request", { authorizer: "request" }),
  probe("POST", "/auth/request", { authorizer: "request" }),
  probe("GET", "/auth/uncached", { authorizer: "uncached" }),
  { method: "GET", path: "/authorizer-invocations", function: "authorizer" },
];

export function conformanceDefinition(options: FixtureStackOptions): ApiDefinition {
  const entry = (name: string) => `${CONFORMANCE_FUNCTIONS_DIR}/${name}.ts`;
  return {
    restApiId: options.restApiId ?? "conformance",
    stage: options.stage ?? "test",
    routes: FIXTURE_ROUTES,
    authorizers: {
      token: {
        type: "TOKEN",
        function: "authorizer",
        identitySource: ["method.request.header.Authorization"],
        resultTtlSeconds: 300,
        identityValidationExpression: "[A-Za-z0-9._-]+",
      },
      request: {
        type: "REQUEST",
        function: "authorizer",
        identitySource: ["method.request.header.X-Conformance-Token", "method.request.querystring.tenant"],
        resultTtlSeconds: 300,
      },
      uncached: { type: "TOKEN", function: "authorizer", identitySource: ["method.request.header.Authorization"], resultTtlSeconds: 0 },
    },
    functions: {
      probe: { entry: entry("probe") },
      authorizer: { entry: entry("authorizer"), environment: { CONFORMANCE_COUNTER_DIR: options.counterDir } },
      responses: { entry: entry("responses") },
      throws: { entry: entry("throws") },
      "result-from-body": { entry: entry("result-from-body") },
      sleep: { entry: entry("sleep"), timeoutSeconds: 60, environment: { CONFORMANCE_SLEEP_MS: "30000" } },
    },
    binaryMediaTypes: ["image/png"],
    cors: true,
    integrationTimeoutMs: options.integrationTimeoutMs,
  };
}
