import { TOKEN_VALIDATION_REGEX } from "@linkgate/authorizer";

/**
 * The Lambda authorizer's gateway settings, shared by the deployed API (infra/api.ts) and the
 * emulated one (apps/local), so both cache and pre-check tokens the same way.
 */
export const AUTHORIZER_NAME = "CognitoAccessToken";
export const AUTHORIZER_IDENTITY_SOURCE = "method.request.header.Authorization";
/** Result cache TTL (seconds): also how long a disabled user may keep a cached Allow, unless an admin flushes it. */
export const AUTHORIZER_TTL_SECONDS = 300;
/** API Gateway answers 401 without invoking the authorizer when the header does not match. */
export const AUTHORIZER_VALIDATION_EXPRESSION = TOKEN_VALIDATION_REGEX;
