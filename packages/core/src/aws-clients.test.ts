import { DynamoDB } from "@aws-sdk/client-dynamodb";
import { createServer, type Server, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { AWS_CLIENT_LIMITS, awsClientOptions } from "./aws-clients";

/** A peer that accepts connections and reads requests but never answers: a frozen dependency. */
async function silentPeer(): Promise<{ url: string; requests: () => number; server: Server; sockets: Set<Socket> }> {
  let requests = 0;
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("data", (chunk) => (requests += chunk.toString("latin1").match(/^POST /gm)?.length ?? 0));
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, requests: () => requests, server, sockets };
}

describe("awsClientOptions", () => {
  let peer: Awaited<ReturnType<typeof silentPeer>> | undefined;
  afterEach(async () => {
    for (const socket of peer?.sockets ?? []) socket.destroy();
    await new Promise((resolve) => peer?.server.close(resolve));
  });

  it("makes a client give up on a dependency that never answers, with a retryable TimeoutError after the SDK's retries", async () => {
    peer = await silentPeer();
    const client = new DynamoDB({ ...awsClientOptions(), endpoint: peer.url, region: "us-east-1", credentials: { accessKeyId: "local", secretAccessKey: "local" } });
    // Without the options this call would wait for DynamoDB's 300 s socket timeout (the test's own 30 s limit first).
    const failure = await client.listTables({}).then(
      () => undefined,
      (error: Error & { $metadata?: { attempts?: number } }) => error,
    );
    expect(failure?.name).toBe("TimeoutError");
    // Each attempt was a real request that timed out: the SDK retried them, it did not just wait once.
    expect(failure?.$metadata?.attempts).toBe(AWS_CLIENT_LIMITS.maxAttempts);
    expect(peer.requests()).toBe(failure?.$metadata?.attempts);
  });
});
