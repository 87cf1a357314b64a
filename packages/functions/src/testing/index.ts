/** Test helpers for the functions (`@linkgate/functions/testing`). */
export { IDEMPOTENCY_KEY_HEADER, lambdaContext, proxyEvent, type ProxyEventInput } from "./proxy-event";
export { invoke, type InvokeResult } from "./invoke";
export { createFunctionsTestEnv, type FunctionsTestEnvInput } from "./test-env";
