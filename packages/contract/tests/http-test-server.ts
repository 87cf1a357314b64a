import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface CannedResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** A real HTTP server on 127.0.0.1 that records each request and answers what the test set. */
export async function startTestServer() {
  const requests: RecordedRequest[] = [];
  let answer: (request: RecordedRequest) => CannedResponse = () => ({ status: 500, body: { message: "no answer set" } });
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const recorded = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks).toString("utf8") };
      requests.push(recorded);
      const { status, headers = {}, body } = answer(recorded);
      const text = body === undefined ? "" : typeof body === "string" ? body : JSON.stringify(body);
      res.writeHead(status, { ...(text && typeof body !== "string" ? { "content-type": "application/json" } : {}), ...headers });
      res.end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    answerWith(next: CannedResponse | ((request: RecordedRequest) => CannedResponse)) {
      answer = typeof next === "function" ? next : () => next;
    },
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
