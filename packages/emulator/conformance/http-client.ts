import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders, type OutgoingHttpHeaders } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";

/**
 * Raw HTTP for the suite (node:http, not fetch): repeated request headers, every response header
 * line (`rawHeaders`), exact body bytes, and oversized requests that the server refuses early.
 */
export interface HttpResult {
  status: number;
  headers: IncomingHttpHeaders;
  /** Name/value pairs in arrival order, one pair per header line. */
  rawHeaders: string[];
  body: Buffer;
  text: string;
  json<T = unknown>(): T;
}

export interface SendOptions {
  /** A value array sends one header line per value. */
  headers?: OutgoingHttpHeaders;
  body?: string | Buffer;
}

const agents = { http: new HttpAgent({ keepAlive: true, maxSockets: 256 }), https: new HttpsAgent({ keepAlive: true, maxSockets: 256 }) };

export function send(baseUrl: string, method: string, path: string, options: SendOptions = {}): Promise<HttpResult> {
  const url = new URL(baseUrl + path);
  const secure = url.protocol === "https:";
  const headers: OutgoingHttpHeaders = { "User-Agent": "linkgate-conformance/1", ...options.headers };
  if (options.body !== undefined) headers["Content-Length"] = Buffer.byteLength(options.body);
  return new Promise((resolve, reject) => {
    let settled = false;
    const request = (secure ? httpsRequest : httpRequest)(url, { method, headers, agent: secure ? agents.https : agents.http }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.once("end", () => {
        settled = true;
        const body = Buffer.concat(chunks);
        const text = body.toString("utf8");
        resolve({ status: response.statusCode ?? 0, headers: response.headers, rawHeaders: response.rawHeaders, body, text, json: <T>() => JSON.parse(text) as T });
      });
      response.once("error", (error) => settled || reject(error));
    });
    // A server may answer (413) and close before an oversized body is fully sent: the answer counts.
    request.once("error", (error) => settled || reject(error));
    if (options.body !== undefined) request.end(options.body);
    else request.end();
  });
}

/** Values of every response header line with this name (case-insensitive). */
export function headerLines(result: HttpResult, name: string): string[] {
  const lines: string[] = [];
  for (let i = 0; i < result.rawHeaders.length; i += 2) if (result.rawHeaders[i]?.toLowerCase() === name.toLowerCase()) lines.push(result.rawHeaders[i + 1] ?? "");
  return lines;
}

export function closeHttpAgents(): void {
  agents.http.destroy();
  agents.https.destroy();
}
