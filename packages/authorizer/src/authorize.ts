import type { APIGatewayAuthorizerResult, APIGatewayTokenAuthorizerEvent } from "aws-lambda";
import type { AccessTokenVerifier } from "./access-token-verifier";
import { bearerTokenOf } from "./bearer-token";
import { Rejection, unauthorized } from "./errors";
import { allowPolicy } from "./policy";
import type { UserStatus } from "./user-status";

export interface AuthorizeDependencies {
  verifier: AccessTokenVerifier;
  userStatus: UserStatus;
  /** Told why a request was refused (never the caller). */
  onReject?: (reason: string, error: unknown) => void;
}

export type Authorize = (event: APIGatewayTokenAuthorizerEvent) => Promise<APIGatewayAuthorizerResult>;

/**
 * TOKEN authorizer: `Bearer <access token>` → Allow policy for everything the caller may use.
 * Every failure, whatever its cause, leaves as exactly `Error("Unauthorized")` (401): a bad token
 * must never produce a 500, and the caller learns nothing about why.
 */
export function createAuthorize(deps: AuthorizeDependencies): Authorize {
  return async (event) => {
    try {
      const claims = await deps.verifier.verify(bearerTokenOf(event.authorizationToken));
      if (await deps.userStatus.isDisabled(claims.sub)) throw new Rejection("user is disabled or deleted");
      return allowPolicy(event.methodArn, claims);
    } catch (error) {
      deps.onReject?.(error instanceof Error ? `${error.name}: ${error.message}` : String(error), error);
      throw unauthorized();
    }
  };
}
