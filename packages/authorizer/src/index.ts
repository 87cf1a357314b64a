export { accessClaimsOf, checkAccessClaims, type AccessClaims } from "./access-claims";
export { createAccessTokenVerifier, type AccessTokenVerifier, type VerifierOptions } from "./access-token-verifier";
export { createAuthorize, createConnectAuthorize, type Authorize, type AuthorizeConnect, type AuthorizeDependencies } from "./authorize";
export { bearerTokenOf, MAX_AUTHORIZATION_LENGTH, rawTokenOf, TOKEN_VALIDATION_REGEX } from "./bearer-token";
export { AUTH_MODE_VARIABLE, LOCAL_ISSUER_VARIABLE, localModeEnvironment, readAuthorizerConfig, type AuthMode, type AuthorizerConfig, type LinkReader } from "./config";
export { AuthorizerConfigError, UNAUTHORIZED } from "./errors";
export { allowPolicy, connectPolicy, resourcesFor, stagePrefixOf } from "./policy";
export { createUserStatus, type UserStatus, type UserStatusOptions } from "./user-status";
