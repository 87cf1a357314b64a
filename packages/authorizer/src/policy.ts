import { ADMIN_GROUP, PARTNER_GROUP } from "@linkgate/contract/groups";
import type { APIGatewayAuthorizerResult } from "aws-lambda";
import type { AccessClaims } from "./access-claims";
import { Rejection } from "./errors";

/** Every verb API Gateway may put into a methodArn. Listed, not `*`: see resourcesFor. */
const VERBS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

/**
 * `arn:aws:execute-api:{region}:{account}:{apiId}/{stage}` from the incoming methodArn
 * (`…/{stage}/{VERB}/{path}`), so the policy names this API and stage only.
 */
export function stagePrefixOf(methodArn: string): string {
  const parts = methodArn.split(":");
  if (parts.length < 6 || parts[0] !== "arn" || parts[2] !== "execute-api") throw new Rejection("malformed methodArn");
  const [apiId, stage] = parts.slice(5).join(":").split("/");
  if (!apiId || !stage) throw new Rejection("malformed methodArn");
  return `${parts.slice(0, 5).join(":")}:${apiId}/${stage}`;
}

/**
 * API Gateway caches this policy per token and reuses it for every method, so it lists everything
 * the caller may call: `/me` and below for every user; `/admin` and below for the contract's admin
 * group; `/portal` and below, and only that, for a partner account (the `partners` group): it is
 * neither a user (`/me/*`) nor an admin, even if also put in `admins` by mistake. The verb is
 * spelled out because `*` in a policy also matches `/`: `{stage}/*\/me/*` would match
 * `{stage}/GET/admin/me/x`, which no user may reach.
 */
export function resourcesFor(stagePrefix: string, groups: readonly string[]): string[] {
  const roots = groups.includes(PARTNER_GROUP) ? ["portal"] : groups.includes(ADMIN_GROUP) ? ["me", "admin"] : ["me"];
  return roots.flatMap((root) => VERBS.flatMap((verb) => [`${stagePrefix}/${verb}/${root}`, `${stagePrefix}/${verb}/${root}/*`]));
}

/** Context values reach handlers as strings (`requestContext.authorizer`); groups comma-separated. */
export function allowPolicy(methodArn: string, claims: AccessClaims): APIGatewayAuthorizerResult {
  return allowing(resourcesFor(stagePrefixOf(methodArn), claims.groups), claims);
}

/** The live API's `$connect` of this API and stage, and nothing else. */
export function connectPolicy(methodArn: string, claims: AccessClaims): APIGatewayAuthorizerResult {
  return allowing([`${stagePrefixOf(methodArn)}/$connect`], claims);
}

function allowing(resources: string[], claims: AccessClaims): APIGatewayAuthorizerResult {
  const context: Record<string, string> = { sub: claims.sub, username: claims.username, groups: claims.groups.join(",") };
  if (claims.email) context.email = claims.email;
  return {
    principalId: claims.sub,
    policyDocument: { Version: "2012-10-17", Statement: [{ Action: "execute-api:Invoke", Effect: "Allow", Resource: resources }] },
    context,
  };
}
