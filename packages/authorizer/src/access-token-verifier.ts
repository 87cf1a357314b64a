import { CognitoJwtVerifier, JwtVerifier } from "aws-jwt-verify";
import { SimpleJwksCache, type JwksCache } from "aws-jwt-verify/jwk";
import type { JwtPayload } from "aws-jwt-verify/jwt-model";
import { accessClaimsOf, checkAccessClaims, type AccessClaims } from "./access-claims";
import { LOCAL_ISSUER_VARIABLE, type AuthorizerConfig } from "./config";
import { AuthorizerConfigError } from "./errors";
import { LocalJwksFetcher } from "./local-jwks-fetcher";

export interface AccessTokenVerifier {
  /** Loads the signing keys; call at cold start so the first request pays no fetch. */
  hydrate(): Promise<void>;
  /** Resolves with the claims of a valid access token of our app client; rejects otherwise. */
  verify(token: string): Promise<AccessClaims>;
}

export interface VerifierOptions {
  /** Tests inject a cache that refuses to fetch, so nothing ever leaves the machine. */
  jwksCache?: JwksCache;
}

/**
 * Builds the verifier for the configured mode. Cognito mode: `CognitoJwtVerifier` for the linked
 * pool (https issuer derived from the pool id, token_use and client_id checked by the library).
 * Local mode: `JwtVerifier` for the local issuer over http, with the Cognito checks done by us.
 */
export function createAccessTokenVerifier(config: AuthorizerConfig, options: VerifierOptions = {}): AccessTokenVerifier {
  const customJwtCheck = ({ payload }: { payload: JwtPayload }) => checkAccessClaims(payload, config.clientId);
  if (config.mode === "local") {
    if (!config.localIssuer || !config.localJwksUri) throw new AuthorizerConfigError(LOCAL_ISSUER_VARIABLE, "is required in local mode.");
    const jwksCache = options.jwksCache ?? new SimpleJwksCache({ fetcher: new LocalJwksFetcher() });
    const verifier = JwtVerifier.create(
      { issuer: config.localIssuer, audience: null, jwksUri: config.localJwksUri, customJwtCheck },
      { jwksCache },
    );
    return { hydrate: () => verifier.hydrate(), verify: async (token) => accessClaimsOf(await verifier.verify(token)) };
  }
  let verifier;
  try {
    verifier = CognitoJwtVerifier.create(
      { userPoolId: config.userPoolId, tokenUse: "access", clientId: config.clientId, customJwtCheck },
      options.jwksCache ? { jwksCache: options.jwksCache } : undefined,
    );
  } catch (error) {
    throw new AuthorizerConfigError("SST_RESOURCE_UserPool", `does not name a Cognito user pool: ${(error as Error).message}`);
  }
  return { hydrate: () => verifier.hydrate(), verify: async (token) => accessClaimsOf(await verifier.verify(token)) };
}
