export { AUTHORIZER_ENTRY, FUNCTIONS_DIR, handlerEntryFor } from "./entries";
export { ENV as FUNCTIONS_ENV, FunctionsConfigError, functionsEnvironment, readFunctionsConfig, type ConfigSource, type FunctionsConfig } from "./config";
export {
  defineAdminHandler,
  definePartnerHandler,
  definePublicHandler,
  defineUserHandler,
  type EdgeOptions,
  type HandlerContext,
  type HandlerResult,
  type ProxyHandler,
  type RouteImpl,
} from "./edge/define-handler";
export { defineInputlessPublicHandler, type InputlessHandlerContext, type InputlessPublicRouteName } from "./edge/define-inputless-handler";
export { errorResponse } from "./edge/error-response";
export { encodePlanMetadata, planFromUsagePlan } from "./admin/plan-metadata";
export { PERMANENT_REDIRECT_MAX_AGE_SECONDS } from "./redirect/redirect-response";
