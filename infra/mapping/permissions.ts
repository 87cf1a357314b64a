/**
 * IAM for the admin functions: exactly the API Gateway and Cognito calls they make, on this stage's
 * resources. Kept as data so a test can see there is no `*` action and no account-wide resource
 * beyond what API Gateway's ARN scheme forces.
 */

/** Control-plane verbs on usage plans, their keys and usage, and API keys. */
export const API_GATEWAY_ADMIN_ACTIONS = ["apigateway:GET", "apigateway:POST", "apigateway:PATCH", "apigateway:DELETE"] as const;

/** User administration from the console: list, create, enable/disable, group membership, sign-out. */
export const COGNITO_ADMIN_ACTIONS = [
  "cognito-idp:ListUsers",
  "cognito-idp:ListUsersInGroup",
  "cognito-idp:AdminGetUser",
  "cognito-idp:AdminCreateUser",
  "cognito-idp:AdminDeleteUser",
  "cognito-idp:AdminEnableUser",
  "cognito-idp:AdminDisableUser",
  "cognito-idp:AdminResetUserPassword",
  "cognito-idp:AdminAddUserToGroup",
  "cognito-idp:AdminRemoveUserFromGroup",
  "cognito-idp:AdminListGroupsForUser",
  "cognito-idp:AdminUserGlobalSignOut",
] as const;

/**
 * API Gateway resource paths the admin functions touch (ARNs are `arn:aws:apigateway:<region>::<path>`).
 * Usage plan and key ids are only known after deploy, and a function cannot depend on resources
 * created after the deployment it belongs to, so those two collections take a `/*`; the stage is exact.
 */
export function apiGatewayAdminPaths(restApiId: string, stage: string): string[] {
  const stagePath = `/restapis/${restApiId}/stages/${stage}`;
  // FlushStageAuthorizersCache is DELETE on the stage's `/cache/authorizers`, a path of its own.
  return ["/usageplans", "/usageplans/*", "/apikeys", "/apikeys/*", stagePath, `${stagePath}/cache/authorizers`];
}

/**
 * Routes that only read usage plans: a partner's own usage (GetUsage on its plan) and the portal's
 * public plan list (GetUsagePlans). Read-only.
 */
export const USAGE_READER_ROUTES: readonly string[] = ["getUsage", "listPortalPlans"];

export function usageReaderPermissionsFor(refs: { region: string }): PermissionSpec[] {
  return [{ actions: ["apigateway:GET"], resources: ["/usageplans", "/usageplans/*"].map((path) => apiGatewayArn(refs.region, path)) }];
}

/** Admin routes that read the API's metrics from CloudWatch (the dashboard). */
export const METRICS_READER_ROUTES: readonly string[] = ["getApiMetrics"];

/**
 * Read-only CloudWatch metrics. CloudWatch's metric reads have no resource type in IAM (the
 * Service Authorization Reference lists none for them, and CloudWatch's permissions reference says
 * to use `*`), so the resource is `*` and the action list is what narrows it.
 */
export function metricsReaderPermissions(): PermissionSpec[] {
  return [{ actions: ["cloudwatch:GetMetricData", "cloudwatch:ListMetrics"], resources: ["*"] }];
}

export function apiGatewayArn(region: string, path: string): string {
  return `arn:aws:apigateway:${region}::${path}`;
}

export interface PermissionSpec {
  actions: string[];
  resources: string[];
}

/**
 * The partner self-service functions (`/portal/*`): the same API Gateway calls as partner
 * administration (create, attach, disable, delete its key; GetUsage), and no Cognito at all. The
 * admin functions get these and Cognito's admin calls (adminPermissionsFor).
 */
export function partnerAccountPermissionsFor(refs: { region: string; restApiId: string; stage: string }): PermissionSpec[] {
  return [{ actions: [...API_GATEWAY_ADMIN_ACTIONS], resources: apiGatewayAdminPaths(refs.restApiId, refs.stage).map((path) => apiGatewayArn(refs.region, path)) }];
}

/**
 * The public sign-up of partner accounts. Cognito's SignUp takes no IAM permission ("Amazon Cognito
 * doesn't evaluate IAM policies in requests for this API operation", Cognito API Reference, SignUp);
 * putting the account in its group, or removing it when that fails, does.
 */
export const SIGN_UP_ROUTES: readonly string[] = ["signUpPartnerAccount"];

/** The portal route that reads its account's email (the new partner's contact when none is given). */
export const ACCOUNT_READER_ROUTES: readonly string[] = ["createMyPartner"];

export function accountReaderPermissionsFor(refs: { userPoolArn: string }): PermissionSpec[] {
  return [{ actions: ["cognito-idp:AdminGetUser"], resources: [refs.userPoolArn] }];
}

export function signUpPermissionsFor(refs: { userPoolArn: string }): PermissionSpec[] {
  return [{ actions: ["cognito-idp:AdminAddUserToGroup", "cognito-idp:AdminDeleteUser"], resources: [refs.userPoolArn] }];
}

/** The admin functions' permissions, from concrete ids (infra/api.ts resolves its Outputs first). */
export function adminPermissionsFor(refs: { region: string; restApiId: string; stage: string; userPoolArn: string }): PermissionSpec[] {
  return [...partnerAccountPermissionsFor(refs), { actions: [...COGNITO_ADMIN_ACTIONS], resources: [refs.userPoolArn] }];
}
