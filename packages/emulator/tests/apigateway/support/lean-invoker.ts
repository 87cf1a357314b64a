import { eventJsonOf, type LambdaInvoker } from "../../../src/lambda/invoker";
import type { FakeHandler } from "./fake-invoker";

/**
 * The benchmarks' invoker: calls the handler directly, with no recording and no JSON round trip,
 * but serialises and encodes the event as the real runtime does on the main thread
 * (function-worker.ts, invocation-channel.ts), so the event's cost is counted whichever form the
 * gateway hands over (an object or `EventJson` text).
 */
export function leanInvoker(handlers: Record<string, FakeHandler>): LambdaInvoker {
  const encoder = new TextEncoder();
  const channelBytes = new Uint8Array(1024 * 1024);
  return {
    invoke: async (name, event) => {
      encoder.encodeInto(eventJsonOf(event), channelBytes);
      return { ok: true, payload: await handlers[name]?.(event), durationMs: 0, coldStart: false };
    },
    close: async () => undefined,
  };
}
