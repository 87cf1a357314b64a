import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Worker } from "node:worker_threads";

/**
 * The ceiling of any design that runs functions in worker threads: bare Node handing each request to
 * one plain worker and back by postMessage, with nothing else — no Lambda semantics (invocations
 * are not one at a time), no runtime, no gateway. The worker answers what bench/functions/hello.ts
 * answers, as JSON text, as a Lambda result travels.
 */
const WORKER_SOURCE = `
const { parentPort } = require("node:worker_threads");
const handler = async () => ({ statusCode: 200, headers: { "Content-Type": "application/json" }, body: '{"ok":true,"service":"linkgate"}' });
parentPort.on("message", ({ seq, event }) => {
  JSON.parse(event);
  void handler().then((result) => parentPort.postMessage({ seq, json: JSON.stringify(result) }));
});
`;

export async function startRawHop(): Promise<{ url: string; close(): Promise<void> }> {
  const worker = new Worker(WORKER_SOURCE, { eval: true });
  const waiting = new Map<number, (json: string) => void>();
  worker.on("message", ({ seq, json }: { seq: number; json: string }) => {
    waiting.get(seq)?.(json);
    waiting.delete(seq);
  });
  let seq = 0;
  const server = createServer((req, res) => {
    const id = ++seq;
    waiting.set(id, (json) => {
      const reply = JSON.parse(json) as { statusCode: number; headers: Record<string, string>; body: string };
      res.writeHead(reply.statusCode, reply.headers);
      res.end(reply.body);
    });
    worker.postMessage({ seq: id, event: JSON.stringify({ path: req.url, httpMethod: req.method }) });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await worker.terminate();
    },
  };
}
