import { closeHttpAgents, send, type HttpResult, type SendOptions } from "./http-client";
import { ManagedResources, managementClient } from "./management";
import type { ConformanceTarget } from "./target";

/**
 * What every case works with: HTTP to the stage, the management API, per-case tokens. Built once
 * the target exists (the local entry starts the emulator in its own `beforeAll`).
 */
export class ConformanceContext {
  private tokenSequence = 0;
  readonly managed: ManagedResources;

  constructor(readonly target: ConformanceTarget) {
    this.managed = new ManagedResources(target, managementClient(target));
  }

  request(method: string, path: string, options?: SendOptions): Promise<HttpResult> {
    return send(this.target.baseUrl, method, path, options);
  }

  get(path: string, headers?: SendOptions["headers"]): Promise<HttpResult> {
    return this.request("GET", path, headers ? { headers } : {});
  }

  /** A token `<policy>.<nonce>` the conformance authorizer answers with that policy; never seen before. */
  token(policy: string): string {
    this.tokenSequence += 1;
    return `${policy}.${this.target.runId}n${this.tokenSequence}`;
  }

  /** How many times the authorizer ran for this token (the fixture counts, `GET /authorizer-invocations`). */
  async invocations(token: string): Promise<number> {
    const result = await this.get(`/authorizer-invocations?token=${encodeURIComponent(token)}`);
    if (result.status !== 200) throw new Error(`authorizer-invocations answered ${result.status}: ${result.text}`);
    return result.json<{ count: number }>().count;
  }

  async close(): Promise<void> {
    await this.managed.cleanup();
    closeHttpAgents();
  }
}

/** The suite's view of a lazily available context. */
export type ContextRef = () => ConformanceContext;
