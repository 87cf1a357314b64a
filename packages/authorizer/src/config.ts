import { Resource } from "sst";
import { AuthorizerConfigError } from "./errors";

/**
 * `cognito` verifies tokens of the real user pool (the only mode a deployed stage may use).
 * `local` trusts the local Cognito, whose signing key is published in its npm package: it must be
 * asked for explicitly, never inferred.
 */
export type AuthMode = "cognito" | "local";

export interface AuthorizerConfig {
  readonly mode: AuthMode;
  readonly userPoolId: string;
  readonly clientId: string;
  /** Physical name of the Owners table (the user's `disabled` flag lives there). */
  readonly ownersTable: string;
  /** Local mode only: the local Cognito's issuer and JWKS (http allowed). */
  readonly localIssuer?: string;
  readonly localJwksUri?: string;
}

export const AUTH_MODE_VARIABLE = "LINKGATE_AUTH_MODE";
export const LOCAL_ISSUER_VARIABLE = "LINKGATE_LOCAL_COGNITO_ISSUER";

/** Reads one field of an SST link; `Resource` throws its own message when a link is missing. */
export type LinkReader = (link: string, field: "id" | "name") => unknown;

const readSstLink: LinkReader = (link, field) => (Resource as unknown as Record<string, Record<string, unknown> | undefined>)[link]?.[field];

function linked(read: LinkReader, link: string, field: "id" | "name"): string {
  let value: unknown;
  try {
    value = read(link, field);
  } catch {
    value = undefined;
  }
  if (typeof value !== "string" || value === "") {
    throw new AuthorizerConfigError(`SST_RESOURCE_${link}`, `is missing or has no "${field}": link ${link} to the authorizer.`);
  }
  return value;
}

function readMode(env: NodeJS.ProcessEnv): AuthMode {
  const mode = env[AUTH_MODE_VARIABLE];
  if (mode === undefined || mode === "" || mode === "cognito") return "cognito";
  if (mode === "local") return "local";
  throw new AuthorizerConfigError(AUTH_MODE_VARIABLE, `must be "cognito" or "local" (got ${JSON.stringify(mode)}).`);
}

function readLocalIssuer(env: NodeJS.ProcessEnv, mode: AuthMode): string | undefined {
  const issuer = env[LOCAL_ISSUER_VARIABLE];
  if (mode === "cognito") {
    // An http issuer means the local Cognito and its published key: refuse it outright.
    if (issuer) throw new AuthorizerConfigError(LOCAL_ISSUER_VARIABLE, `is set but ${AUTH_MODE_VARIABLE} is not "local"; a deployed authorizer never trusts a local issuer.`);
    return undefined;
  }
  if (!issuer) throw new AuthorizerConfigError(LOCAL_ISSUER_VARIABLE, `is required when ${AUTH_MODE_VARIABLE}=local (e.g. http://127.0.0.1:9230/local_abc123).`);
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    throw new AuthorizerConfigError(LOCAL_ISSUER_VARIABLE, `is not a URL: ${JSON.stringify(issuer)}.`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new AuthorizerConfigError(LOCAL_ISSUER_VARIABLE, "must be an http(s) URL.");
  return issuer.replace(/\/+$/, "");
}

/** Read once, at cold start; every problem is an `AuthorizerConfigError` naming the variable. */
export function readAuthorizerConfig(env: NodeJS.ProcessEnv = process.env, read: LinkReader = readSstLink): AuthorizerConfig {
  const mode = readMode(env);
  const localIssuer = readLocalIssuer(env, mode);
  const base = {
    mode,
    userPoolId: linked(read, "UserPool", "id"),
    clientId: linked(read, "UserPoolClient", "id"),
    ownersTable: linked(read, "Owners", "name"),
  };
  return localIssuer ? { ...base, localIssuer, localJwksUri: `${localIssuer}/.well-known/jwks.json` } : base;
}

/**
 * The environment a local stack gives the authorizer Lambda: local mode, the local issuer, and the
 * SST links the emulator provides as `SST_RESOURCE_*` (what SST sets in AWS).
 */
export function localModeEnvironment(input: { issuer: string; userPoolId: string; clientId: string; ownersTable: string; app?: string; stage?: string }): Record<string, string> {
  return {
    [AUTH_MODE_VARIABLE]: "local",
    [LOCAL_ISSUER_VARIABLE]: input.issuer,
    SST_RESOURCE_App: JSON.stringify({ name: input.app ?? "linkgate", stage: input.stage ?? "local" }),
    SST_RESOURCE_UserPool: JSON.stringify({ id: input.userPoolId }),
    SST_RESOURCE_UserPoolClient: JSON.stringify({ id: input.clientId }),
    SST_RESOURCE_Owners: JSON.stringify({ name: input.ownersTable }),
  };
}
