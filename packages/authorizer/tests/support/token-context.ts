import type { JsonWebKey, KeyObject } from "node:crypto";
import type { JwtClaims, JwtHeader } from "./token-forge";

/**
 * What a bad-token case may use to build its Authorization value. Anything that can host the
 * authorizer (the handler here, the API Gateway emulator in the local stack) can build one.
 */
export interface TokenContext {
  readonly issuer: string;
  readonly userPoolId: string;
  readonly clientId: string;
  /** Real tokens of an active, ordinary user, issued by the local Cognito. */
  readonly user: { readonly accessToken: string; readonly idToken: string; readonly refreshToken: string };
  readonly disabledUserAccessToken: string;
  readonly deletedUserAccessToken: string;
  readonly cognitoLocalPublicKeyPem: string;
  readonly attacker: { readonly privateKey: KeyObject; readonly publicJwk: JsonWebKey };
  nowSeconds(): number;
  /** The active user's real access-token claims with a fresh iat/exp, plus overrides. */
  accessClaims(overrides?: JwtClaims): JwtClaims;
  /** Signs like the local Cognito does (its published key, kid CognitoLocal, RS256). */
  signAsCognitoLocal(claims: JwtClaims, header?: JwtHeader): string;
}
