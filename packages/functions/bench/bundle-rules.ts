import { routeByName, isRouteName } from "@linkgate/contract";
import { liveRoutes } from "@linkgate/contract/live";

/** Sizes in KB of 1,000 bytes, as the issue counts them (getHealth 700,587 B "about 700 KB"). */
export const KB = 1_000;

/** Bundle size goals (minified `.mjs`, AWS SDK external, source map not counted): issue 14, goal 1. */
export const sizeGoalBytes = (name: string): number => ({ getHealth: 40 * KB, redirect: 150 * KB })[name] ?? 400 * KB;

/** What the bundle-contents test enforces: every goal, as is. */
export const sizeLimitBytes = sizeGoalBytes;

/**
 * Modules a function must not bundle (or, left external, import) because its route never uses
 * them; each rule names the module by a pattern over metafile paths and says who may have it.
 */
export interface ForbiddenModule {
  what: string;
  pattern: RegExp;
  allowedIn: (functionName: string) => boolean;
}

const routeOf = (name: string) => (isRouteName(name) ? routeByName(name) : undefined);
const isAdminRoute = (name: string) => routeOf(name)?.auth === "admin";
/** Partner self-service (`/portal/*`): the admin runtime's partner, key and usage services, for the account's own partner. */
const isPortalRoute = (name: string) => routeOf(name)?.auth === "partnerAccount";
/** User administration: the contract's "admin: users" routes, the only ones that call Cognito. */
const isUserAdminRoute = (name: string) => routeOf(name)?.tags.includes("admin: users") === true;
/** Cognito's SignUp for partner accounts, and the account's email for its new partner: the other routes that call Cognito. */
const callsCognito = (name: string) => isUserAdminRoute(name) || name === "signUpPartnerAccount" || name === "createMyPartner";
/** A partner reads its own usage from API Gateway's usage plans (GET /v1/usage); the portal lists the plans (GET /portal/plans). */
const readsUsagePlans = (name: string) => isAdminRoute(name) || isPortalRoute(name) || name === "getUsage" || name === "listPortalPlans";
const runsNoDomain = (name: string) => name === "getHealth" || name === "getOpenApiDocument";
/** The REST API's TOKEN authorizer and the live API's `$connect` authorizer: one file, two exports. */
const isAuthorizer = (name: string) => name === "authorizer" || name === "liveAuthorizer";
/** The live API's functions and the Links stream's consumer: the request core and the contract's plain live module only. */
const liveFunctionNames = new Set<string>([...liveRoutes.map((route) => route.name), "linkStream"]);
const isLive = (name: string) => liveFunctionNames.has(name);
/** The model layer serves admin writes and table creation only: every other route runs on the request core. */
const usesAdminCore = (name: string) => isAdminRoute(name) || isPortalRoute(name);

export const forbiddenModules: ForbiddenModule[] = [
  { what: "dynamoose (the admin routes' model layer)", pattern: /node_modules\/dynamoose\//, allowedIn: usesAdminCore },
  { what: "core's services", pattern: /packages\/core\/src\/(links|owners|partners|store)\//, allowedIn: (name) => !runsNoDomain(name) && !isAuthorizer(name) },
  { what: "zod (no input to parse, or only a path parameter: edge/define-path-handler.ts)", pattern: /node_modules\/zod\//, allowedIn: (name) => name !== "getHealth" && name !== "redirect" && !isAuthorizer(name) && !isLive(name) },
  { what: "Powertools metrics (adds none)", pattern: /node_modules\/@aws-lambda-powertools\/metrics\//, allowedIn: (name) => name !== "getHealth" && name !== "getOpenApiDocument" && !isAuthorizer(name) && !isLive(name) },
  { what: "the Cognito SDK (user administration)", pattern: /@aws-sdk\/client-cognito-identity-provider\//, allowedIn: callsCognito },
  { what: "the API Gateway SDK (plans, keys, usage)", pattern: /@aws-sdk\/client-api-gateway\//, allowedIn: readsUsagePlans },
  { what: "the API Gateway management API SDK (sends to live connections)", pattern: /@aws-sdk\/client-apigatewaymanagementapi\//, allowedIn: isLive },
  { what: "the OpenAPI builder", pattern: /packages\/contract\/src\/openapi\/|node_modules\/[^/]*(swagger|openapi)/i, allowedIn: (name) => name === "getOpenApiDocument" },
];
