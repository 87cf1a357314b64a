/** The claims of a Cognito access token the console reads (the API verifies the token; the console only displays). */
export interface AccessClaims {
  sub: string;
  username: string;
  groups: string[];
  /** Expiry, epoch milliseconds. */
  expiresAt: number;
}

function decodeBase64Url(part: string): string {
  const base64 = part.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(part.length / 4) * 4, "=");
  const binary = atob(base64);
  return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

export function readAccessClaims(token: string): AccessClaims {
  const payload = token.split(".")[1];
  if (!payload) throw new Error("The access token is not a JWT.");
  const claims = JSON.parse(decodeBase64Url(payload)) as Record<string, unknown>;
  const groups = claims["cognito:groups"];
  return {
    sub: String(claims.sub ?? ""),
    username: String(claims.username ?? claims["cognito:username"] ?? ""),
    groups: Array.isArray(groups) ? groups.map(String) : [],
    expiresAt: typeof claims.exp === "number" ? claims.exp * 1000 : 0,
  };
}
