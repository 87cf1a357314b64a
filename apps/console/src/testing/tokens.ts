import type { AuthTokens } from "../auth/identity-provider";

const base64Url = (value: string) => btoa(value).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");

/** An unsigned JWT shaped like a Cognito access token (the console never verifies; the API does). */
export function makeAccessToken(claims: { username?: string; groups?: string[]; expiresAt: number; sub?: string }): string {
  const payload = {
    sub: claims.sub ?? `sub-${claims.username ?? "ada"}`,
    username: claims.username ?? "ada",
    "cognito:groups": claims.groups ?? [],
    exp: Math.floor(claims.expiresAt / 1000),
    token_use: "access",
  };
  return `${base64Url(JSON.stringify({ alg: "none" }))}.${base64Url(JSON.stringify(payload))}.sig`;
}

export function makeTokens(input: { username?: string; groups?: string[]; now: number; lifetimeSeconds?: number; refreshToken?: string }): AuthTokens {
  const lifetime = input.lifetimeSeconds ?? 3600;
  return {
    accessToken: makeAccessToken({ username: input.username, groups: input.groups, expiresAt: input.now + lifetime * 1000 }),
    idToken: undefined,
    refreshToken: input.refreshToken,
    expiresIn: lifetime,
  };
}
