import { requestHeaderWireNames } from "@linkgate/contract";

/**
 * The request headers browsers send the API from another origin: the console's (Authorization,
 * Content-Type for JSON bodies, the contract's own request headers such as Idempotency-Key) and the
 * developer portal's (X-Api-Key). Listed rather than `*`: by the Fetch standard `*` never covers
 * Authorization, and browsers are retiring the leniency that still lets it (Firefox 115 behind a
 * preference, Chrome announced). The local stack's emulator answers with the same list.
 */
export const CORS_ALLOW_HEADERS: readonly string[] = ["Authorization", "Content-Type", "X-Api-Key", ...Object.values(requestHeaderWireNames)];

/** Where SST's `cors: true` puts `'*'`: the OPTIONS mocks' integration responses, DEFAULT_4XX/5XX. */
const ALLOW_HEADERS_PARAMETERS = ["method.response.header.Access-Control-Allow-Headers", "gatewayresponse.header.Access-Control-Allow-Headers"];
const SST_ANY_HEADER = "'*'";

/**
 * Response parameters with SST's `'*'` for allowed headers replaced by `CORS_ALLOW_HEADERS` (API
 * Gateway mapping values are quoted literals). Anything else, including values that are not plain
 * objects (a Pulumi output), comes back as it was. infra/api.ts applies it to every integration
 * response and gateway response through `$transform`.
 */
export function withListedCorsHeaders<T>(parameters: T): T {
  if (typeof parameters !== "object" || parameters === null || Object.getPrototypeOf(parameters) !== Object.prototype) return parameters;
  const listed = { ...parameters } as Record<string, unknown>;
  for (const key of ALLOW_HEADERS_PARAMETERS) if (listed[key] === SST_ANY_HEADER) listed[key] = `'${CORS_ALLOW_HEADERS.join(",")}'`;
  return listed as T;
}
