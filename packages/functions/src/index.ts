export { AUTHORIZER_ENTRY, FUNCTIONS_DIR, handlerEntryFor, LINK_STREAM_ENTRY, LIVE_AUTHORIZER_ENTRY, liveHandlerEntryFor } from "./entries";
export { ENV as FUNCTIONS_ENV, FunctionsConfigError, functionsEnvironment, readFunctionsConfig, type ConfigSource, type FunctionsConfig } from "./config";
export { definePartnerHandler, definePublicHandler, defineUserHandler, type EdgeOptions, type HandlerResult, type ProxyHandler } from "./edge/define-handler";
export { defineAdminHandler } from "./edge/define-admin-handler";
export type { HandlerContext, RouteImpl } from "./edge/route-handler";
export { defineInputlessPublicHandler, type InputlessHandlerContext, type InputlessPublicRouteName } from "./edge/define-inputless-handler";
export { errorResponse } from "./edge/error-response";
export { encodePlanMetadata, planFromUsagePlan } from "./admin/plan-metadata";
export { PERMANENT_REDIRECT_MAX_AGE_SECONDS } from "./redirect/redirect-response";
