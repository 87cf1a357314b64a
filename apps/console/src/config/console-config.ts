/** What the console needs to know about its stack; `VITE_*` variables, fixed at build or serve time. */
export interface ConsoleConfig {
  apiUrl: string;
  region: string;
  userPoolId: string;
  userPoolClientId: string;
  /** The live (WebSocket) API, for pages that update without a reload; absent: they do not. */
  liveUrl: string | undefined;
  /** Local mode only: the local Cognito. Absent in AWS, where the SDK derives Cognito's endpoint from the region. */
  cognitoEndpoint: string | undefined;
}

export type ConsoleEnv = Partial<Record<"VITE_API_URL" | "VITE_LIVE_URL" | "VITE_REGION" | "VITE_USER_POOL_ID" | "VITE_USER_POOL_CLIENT_ID" | "VITE_COGNITO_ENDPOINT", string>>;

export class ConsoleConfigError extends Error {
  override readonly name = "ConsoleConfigError";
}

/** Validates the variables once, at start; a missing one is an error naming it. */
export function readConsoleConfig(env: ConsoleEnv): ConsoleConfig {
  const missing = (["VITE_API_URL", "VITE_USER_POOL_ID", "VITE_USER_POOL_CLIENT_ID"] as const).filter((name) => !env[name]);
  if (missing.length > 0) throw new ConsoleConfigError(`The console is missing its settings: ${missing.join(", ")}.`);
  const userPoolId = env.VITE_USER_POOL_ID as string;
  return {
    apiUrl: (env.VITE_API_URL as string).replace(/\/+$/, ""),
    // A pool id starts with its region (`us-east-1_AbC`); an explicit VITE_REGION wins.
    region: env.VITE_REGION || userPoolId.split("_")[0] || "us-east-1",
    userPoolId,
    userPoolClientId: env.VITE_USER_POOL_CLIENT_ID as string,
    cognitoEndpoint: env.VITE_COGNITO_ENDPOINT || undefined,
    liveUrl: env.VITE_LIVE_URL || undefined,
  };
}
