import { eventJsonOf, type InvokeOptions, type InvokeResult, type LambdaInvoker } from "../../../src/lambda/invoker";

/** A handler as the tests write it: a plain function of the event; throwing is an unhandled error. */
export type FakeHandler = (event: unknown) => unknown;

/**
 * In-process stand-in for the Lambda runtime (the gateway's collaborator): a table of plain
 * functions, with invocation counts and the last events, so tests can assert what the gateway sent.
 */
export class FakeInvoker implements LambdaInvoker {
  readonly calls = new Map<string, unknown[]>();
  readonly options: InvokeOptions[] = [];

  constructor(private readonly handlers: Record<string, FakeHandler>) {}

  count(name: string): number {
    return this.calls.get(name)?.length ?? 0;
  }

  lastEvent(name: string): unknown {
    return this.calls.get(name)?.at(-1);
  }

  async invoke(functionName: string, event: unknown, options: InvokeOptions = {}): Promise<InvokeResult> {
    const handler = this.handlers[functionName];
    if (!handler) throw new Error(`FakeInvoker: no handler named ${functionName}`);
    // Events as the function receives them: JSON, whether the gateway passed an object or `EventJson` text.
    const received: unknown = JSON.parse(eventJsonOf(event));
    const list = this.calls.get(functionName) ?? [];
    list.push(received);
    this.calls.set(functionName, list);
    this.options.push(options);
    const started = performance.now();
    const run = (async (): Promise<InvokeResult> => {
      try {
        // A JSON round trip, as the real runtime serialises events and results.
        const payload: unknown = await handler(JSON.parse(eventJsonOf(event)));
        return { ok: true, payload: payload === undefined ? null : JSON.parse(JSON.stringify(payload)), durationMs: performance.now() - started, coldStart: false };
      } catch (error) {
        return { ok: false, error: "Unhandled", message: error instanceof Error ? error.message : String(error), durationMs: performance.now() - started };
      }
    })();
    const limitMs = options.integrationTimeoutMs;
    if (limitMs === undefined) return run;
    // The invoker's side of the contract (InvokeOptions): never answer past the integration timeout.
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<InvokeResult>((resolve) => {
      timer = setTimeout(() => resolve({ ok: false, error: "IntegrationTimeout", message: "Endpoint request timed out", durationMs: limitMs }), limitMs);
    });
    try {
      return await Promise.race([run, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {}
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
