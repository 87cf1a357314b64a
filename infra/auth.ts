import { ADMIN_GROUP, PARTNER_GROUP } from "@linkgate/contract";

/**
 * Cognito: users sign in with their email; the console's app client uses USER_PASSWORD_AUTH and
 * refresh tokens (revocable). Admins are the members of the contract's admin group.
 */

export const userPool = new sst.aws.CognitoUserPool("Users", {
  usernames: ["email"],
  transform: {
    userPool: (args) => {
      // Users are not covered by `removal: "retain"` (SST retains only data stores): protect them.
      args.deletionProtection = $app.stage === "production" ? "ACTIVE" : "INACTIVE";
    },
  },
});

export const userPoolClient = userPool.addClient("UserPoolClient", {
  transform: {
    client: (args) => {
      args.explicitAuthFlows = ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"];
      args.enableTokenRevocation = true;
      args.preventUserExistenceErrors = "ENABLED";
      args.generateSecret = false;
    },
  },
});

/**
 * What functions link as `Resource.UserPool.id`. A link to the pool component itself would also
 * grant `cognito-idp:*`; functions get only the Cognito actions they need, explicitly (infra/api.ts).
 */
export const userPoolLink = new sst.Linkable("UserPool", { properties: { id: userPool.id } });

export const adminsGroup = new aws.cognito.UserGroup("AdminsGroup", {
  name: ADMIN_GROUP,
  userPoolId: userPool.id,
  description: "Linkgate administrators: plans, partners, API keys, quotas and users.",
});

/** Partner accounts (`POST /portal/sign-up` puts them here): each manages one partner under `/portal/*`. */
export const partnersGroup = new aws.cognito.UserGroup("PartnersGroup", {
  name: PARTNER_GROUP,
  userPoolId: userPool.id,
  description: "Linkgate partner accounts: their own partner, API key, usage and plan upgrade requests.",
});
