import { SimpleFetcher, type Fetcher } from "aws-jwt-verify/https";
import { get } from "node:http";

/**
 * aws-jwt-verify fetches JWKS over https only. The local Cognito serves its JWKS over http on
 * 127.0.0.1, so local mode fetches http addresses itself. node:http rather than `fetch`: loading
 * fetch's implementation costs more at cold start than the whole request, and the library itself
 * uses node:https in production. Only ever used in local mode.
 */
export class LocalJwksFetcher implements Fetcher {
  private readonly https = new SimpleFetcher();

  constructor(private readonly timeoutMs = 2_000) {}

  fetch(uri: string): Promise<ArrayBuffer> {
    if (!uri.startsWith("http:")) return this.https.fetch(uri);
    return new Promise((resolve, reject) => {
      const request = get(uri, { timeout: this.timeoutMs }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () => {
          if (response.statusCode !== 200) return reject(new Error(`JWKS fetch from ${uri} answered ${response.statusCode}`));
          const body = Buffer.concat(chunks);
          resolve(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer);
        });
      });
      request.on("timeout", () => request.destroy(new Error(`JWKS fetch from ${uri} timed out after ${this.timeoutMs} ms`)));
      request.on("error", reject);
    });
  }
}
