import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { awsClientOptions } from "@linkgate/core";
import type { Runtime } from "../runtime";
import { createAuthorizerCache } from "./authorizer-cache";
import { apiGatewayOf, stageOf } from "./index";
import { createUserAdmin } from "./user-admin";

const built = new WeakMap<Runtime, ReturnType<typeof createUserAdmin>>();

/**
 * User administration bound to one runtime, built once per runtime: Cognito for the users, API
 * Gateway to flush the stage's authorizer cache. The only admin module that takes the Cognito SDK
 * (the portal's sign-up and account email have their own client, without API Gateway: portal/account-email.ts).
 */
export function userAdmin(rt: Runtime) {
  let users = built.get(rt);
  if (!users) {
    const cognito = new CognitoIdentityProviderClient(awsClientOptions());
    const authorizerCache = createAuthorizerCache(apiGatewayOf(rt), stageOf(rt));
    built.set(rt, (users = createUserAdmin({ core: rt.core, cognito, userPoolId: rt.config.userPoolId, authorizerCache })));
  }
  return users;
}
