// Test helpers for other packages (`@linkgate/authorizer/testing`): the bad-token corpus and what it
// needs, so the local stack can replay every case through the API Gateway emulator.
export { badTokenCases, type BadTokenCase } from "./bad-tokens";
export { startAuthorizerFixture, type AuthorizerFixture } from "./authorizer-fixture";
export { methodArnFor, STAGE_PREFIX, tokenEvent } from "./events";
export { policyAllows } from "./policy-match";
export { createTokenContext, type TokenContext, type TokenContextInput } from "./token-context";
