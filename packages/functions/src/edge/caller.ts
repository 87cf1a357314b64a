import { Forbidden, ADMIN_GROUP, PARTNER_GROUP, type PartnerAccountCaller, type PartnerCaller, type PartnerLookup, type UserCaller } from "@linkgate/core";
import type { APIGatewayProxyEvent } from "aws-lambda";
import { Unauthorized } from "./edge-errors";

/**
 * The typed caller, from what the gateway established: the authorizer's context (users, admins)
 * or the API key it admitted (partners). Handlers never read raw claims.
 */

/** Authorizer context values arrive as strings; `groups` is comma-separated (see the authorizer's policy). */
export function userCallerOf(event: APIGatewayProxyEvent): UserCaller {
  return userCallerOfContext(event.requestContext?.authorizer);
}

/** The same from the authorizer's context alone, as every API type passes it (the live API's `$connect` too). */
export function userCallerOfContext(authorizer: Record<string, unknown> | null | undefined): UserCaller {
  const context = authorizer ?? {};
  const text = (key: string) => (typeof context[key] === "string" && context[key] !== "" ? (context[key] as string) : undefined);
  const sub = text("sub");
  const username = text("username");
  // The gateway invokes user routes only after the authorizer allowed them: no context means a misrouted call.
  if (!sub || !username) throw new Unauthorized("This route needs a signed-in user.");
  const groups = (text("groups") ?? "").split(",").map((group) => group.trim()).filter(Boolean);
  const email = text("email");
  return email ? { kind: "user", sub, username, email, groups } : { kind: "user", sub, username, groups };
}

/** Defence in depth: the authorizer's policy keeps partner accounts out of /me/*; check again (a partner account is not a user). */
export function signedInUserOf(event: APIGatewayProxyEvent): UserCaller {
  const caller = userCallerOf(event);
  if (caller.groups.includes(PARTNER_GROUP)) throw new Forbidden("This route is for user accounts; a partner account uses /portal.");
  return caller;
}

/** Defence in depth: the authorizer's policy keeps everyone but the `partners` group out of /portal/*; check again. */
export function partnerAccountCallerOf(event: APIGatewayProxyEvent): PartnerAccountCaller {
  const caller = userCallerOf(event);
  if (!caller.groups.includes(PARTNER_GROUP)) throw new Forbidden(`This route is for partner accounts (members of the '${PARTNER_GROUP}' group): sign up with POST /portal/sign-up.`);
  return { ...caller, kind: "partnerAccount" };
}

/** Defence in depth: the authorizer's policy already keeps non-admins out of /admin/*; check again. */
export function adminCallerOf(event: APIGatewayProxyEvent): UserCaller {
  const caller = userCallerOf(event);
  if (!caller.groups.includes(ADMIN_GROUP) || caller.groups.includes(PARTNER_GROUP)) throw new Forbidden(`This route is for members of the '${ADMIN_GROUP}' group.`);
  return caller;
}

/** The partner owning the admitted API key; unknown or revoked partners are refused (403). */
export async function partnerCallerOf(event: APIGatewayProxyEvent, partners: Pick<PartnerLookup, "callerForApiKey">): Promise<PartnerCaller> {
  const apiKeyId = event.requestContext?.identity?.apiKeyId;
  if (!apiKeyId) throw new Forbidden("This route needs an API key (x-api-key).");
  return partners.callerForApiKey(apiKeyId);
}
