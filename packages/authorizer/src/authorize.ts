import type { APIGatewayAuthorizerResult, APIGatewayRequestAuthorizerEvent, APIGatewayTokenAuthorizerEvent } from "aws-lambda";
import { LIVE_TOKEN_QUERY_PARAMETER } from "@linkgate/contract/live";
import type { AccessTokenVerifier } from "./access-token-verifier";
import { bearerTokenOf, rawTokenOf } from "./bearer-token";
import { Rejection, unauthorized } from "./errors";
import { allowPolicy, connectPolicy } from "./policy";
import type { AccessClaims } from "./access-claims";
import type { UserStatus } from "./user-status";

export interface AuthorizeDependencies {
  verifier: AccessTokenVerifier;
  userStatus: UserStatus;
  /** Told why a request was refused (never the caller). */
  onReject?: (reason: string, error: unknown) => void;
}

export type Authorize = (event: APIGatewayTokenAuthorizerEvent) => Promise<APIGatewayAuthorizerResult>;
export type AuthorizeConnect = (event: APIGatewayRequestAuthorizerEvent) => Promise<APIGatewayAuthorizerResult>;

/**
 * TOKEN authorizer: `Bearer <access token>` → Allow policy for everything the caller may use.
 * Every failure, whatever its cause, leaves as exactly `Error("Unauthorized")` (401): a bad token
 * must never produce a 500, and the caller learns nothing about why.
 */
export function createAuthorize(deps: AuthorizeDependencies): Authorize {
  const check = checkerOf(deps);
  return (event) => check(() => bearerTokenOf(event.authorizationToken), (claims) => allowPolicy(event.methodArn, claims));
}

/**
 * REQUEST authorizer of the live API's `$connect`: the same checks on the access token the console
 * passes as the `token` query parameter (browsers cannot set headers on a WebSocket). The policy
 * allows this connection's `$connect` only; the other routes need no policy, as on AWS.
 */
export function createConnectAuthorize(deps: AuthorizeDependencies): AuthorizeConnect {
  const check = checkerOf(deps);
  return (event) => check(() => rawTokenOf(event.queryStringParameters?.[LIVE_TOKEN_QUERY_PARAMETER]), (claims) => connectPolicy(event.methodArn, claims));
}

/**
 * The token verified, the user still enabled, and the policy built. Every failure, whatever its cause, leaves as
 * exactly `Error("Unauthorized")` (401): a bad token must never produce a 500, and the caller
 * learns nothing about why.
 */
function checkerOf(deps: AuthorizeDependencies) {
  return async (token: () => string, policy: (claims: AccessClaims) => APIGatewayAuthorizerResult): Promise<APIGatewayAuthorizerResult> => {
    try {
      const claims = await deps.verifier.verify(token());
      if (await deps.userStatus.isDisabled(claims.sub)) throw new Rejection("user is disabled or deleted");
      return policy(claims);
    } catch (error) {
      deps.onReject?.(error instanceof Error ? `${error.name}: ${error.message}` : String(error), error);
      throw unauthorized();
    }
  };
}
