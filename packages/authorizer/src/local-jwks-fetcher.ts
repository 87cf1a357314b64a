import type { Fetcher } from "aws-jwt-verify/https";

/**
 * aws-jwt-verify fetches JWKS over https only. The local Cognito serves its JWKS over http on
 * 127.0.0.1, so local mode fetches it with the runtime's `fetch`. Only ever used in local mode.
 */
export class LocalJwksFetcher implements Fetcher {
  constructor(private readonly timeoutMs = 2_000) {}

  async fetch(uri: string): Promise<ArrayBuffer> {
    const response = await fetch(uri, { signal: AbortSignal.timeout(this.timeoutMs) });
    if (!response.ok) throw new Error(`JWKS fetch from ${uri} answered ${response.status}`);
    return response.arrayBuffer();
  }
}
