// Test helpers for other packages (`@linkgate/authorizer/testing`): the bad-token corpus and what it
// needs, so the local stack can replay every case through the API Gateway emulator.
export { badTokenCases, type BadTokenCase } from "../tests/bad-tokens";
export { startAuthorizerFixture, type AuthorizerFixture } from "../tests/support/authorizer-fixture";
export { methodArnFor, STAGE_PREFIX, tokenEvent } from "../tests/support/events";
export { policyAllows } from "../tests/support/policy-match";
export { createTokenContext, type TokenContext, type TokenContextInput } from "../tests/support/token-context";
