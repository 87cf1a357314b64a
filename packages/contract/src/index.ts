// Facts shared by the API and the domain.
export * from "./access-log-metrics";
export * from "./groups";
export * from "./gateway-errors";
export * from "./live";
export * from "./plans";
export * from "./rules";
export * from "./paging";
export * from "./day-ranges";

// Routes: the one list, its types and the error body every route shares.
export * from "./route";
export * from "./routes/index";
export * from "./error-codes";
export * from "./errors";
export * from "./headers";

// Request and response schemas, by resource.
export * from "./schemas/common.schemas";
export * from "./schemas/rule.schemas";
export * from "./schemas/plan-definition.schemas";
export * from "./schemas/day-range";
export * from "./schemas/link.schemas";
export * from "./schemas/account.schemas";
export * from "./schemas/plan.schemas";
export * from "./schemas/partner.schemas";
export * from "./schemas/portal.schemas";
export * from "./schemas/admin-user.schemas";
export * from "./schemas/admin-metrics.schemas";
export * from "./schemas/api-metrics.schemas";
export { healthSchema, openApiDocumentSchema } from "./routes/public.routes";

// Generated from the routes: request validation (the edge), OpenAPI, the typed client.
export * from "./request/parse-route-request";
export * from "./openapi/build-openapi";
export * from "./client/api-client";
export * from "./client/api-error";
export { buildUrl } from "./client/build-url";
export { parseRetryAfter } from "./client/read-error";
