import type { Server } from "node:http";
import type { AddressInfo } from "node:net";

/** The one address every emulator server listens on: nothing here is reachable off this machine. */
export const LOOPBACK = "127.0.0.1";

export interface LoopbackListener {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  port: number;
  /** Stops listening and ends the open connections, kept-alive ones included. */
  close(): Promise<void>;
}

/** Starts `server` on 127.0.0.1 (`port` 0 picks a free one); rejects with the listen error (EADDRINUSE, …). */
export async function listenOnLoopback(server: Server, port = 0): Promise<LoopbackListener> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, LOOPBACK, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const bound = (server.address() as AddressInfo).port;
  return {
    url: `http://${LOOPBACK}:${bound}`,
    port: bound,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
