import {
  APIGatewayClient,
  CreateApiKeyCommand,
  CreateUsagePlanCommand,
  CreateUsagePlanKeyCommand,
  DeleteApiKeyCommand,
  DeleteUsagePlanCommand,
  UpdateUsagePlanCommand,
  type QuotaSettings,
  type ThrottleSettings,
} from "@aws-sdk/client-api-gateway";
import type { ConformanceTarget } from "./target";

export function managementClient(target: ConformanceTarget): APIGatewayClient {
  return new APIGatewayClient({
    region: target.management.region,
    maxAttempts: 1,
    ...(target.management.endpoint ? { endpoint: target.management.endpoint } : {}),
    ...(target.management.credentials ? { credentials: target.management.credentials } : {}),
  });
}

export interface PlanOptions {
  throttle?: ThrottleSettings;
  quota?: QuotaSettings;
  /** Per-method limits inside the plan, keyed `/path/VERB`. */
  methodThrottle?: Record<string, ThrottleSettings>;
}

export interface KeyOptions {
  enabled?: boolean;
}

export interface PlanWithKey {
  planId: string;
  keyId: string;
  keyValue: string;
}

/** A plan generous enough never to throttle or run out during the suite. */
export const GENEROUS: PlanOptions = { throttle: { rateLimit: 10_000, burstLimit: 5_000 } };

/**
 * Plans and keys a run creates through the management API, named after the run, and removed
 * again at the end (stages detached first: a plan with stages cannot be deleted).
 */
export class ManagedResources {
  private readonly plans: string[] = [];
  private readonly keys: string[] = [];
  private sequence = 0;

  constructor(
    private readonly target: ConformanceTarget,
    readonly client: APIGatewayClient,
  ) {}

  /** A unique name (and key value, 20+ characters) for this run. */
  uniqueName(label: string): string {
    this.sequence += 1;
    return `conformance-${this.target.runId}-${label}-${this.sequence}`;
  }

  async plan(options: PlanOptions = GENEROUS, name = this.uniqueName("plan")): Promise<string> {
    const { restApiId: apiId, stage } = this.target;
    const plan = await this.client.send(
      new CreateUsagePlanCommand({
        name,
        apiStages: [{ apiId, stage, ...(options.methodThrottle ? { throttle: options.methodThrottle } : {}) }],
        ...(options.throttle ? { throttle: options.throttle } : {}),
        ...(options.quota ? { quota: options.quota } : {}),
      }),
    );
    this.plans.push(plan.id!);
    return plan.id!;
  }

  async key(options: KeyOptions = {}, value = this.uniqueName("key")): Promise<{ keyId: string; keyValue: string }> {
    const key = await this.client.send(new CreateApiKeyCommand({ name: value, value, enabled: options.enabled ?? true }));
    this.keys.push(key.id!);
    return { keyId: key.id!, keyValue: key.value! };
  }

  async planWithKey(options: PlanOptions = GENEROUS, keyOptions: KeyOptions = {}): Promise<PlanWithKey> {
    const planId = await this.plan(options);
    const key = await this.key(keyOptions);
    await this.client.send(new CreateUsagePlanKeyCommand({ usagePlanId: planId, keyId: key.keyId, keyType: "API_KEY" }));
    return { planId, ...key };
  }

  /** Deletes at the end a key the test created itself. */
  adoptKey(keyId: string): void {
    this.keys.push(keyId);
  }

  /** Deletes at the end a plan the test created itself. */
  adoptPlan(planId: string): void {
    this.plans.push(planId);
  }

  /** Forgets a plan the test deleted itself. */
  forgetPlan(planId: string): void {
    this.plans.splice(this.plans.indexOf(planId), 1);
  }

  async cleanup(): Promise<void> {
    const { restApiId, stage } = this.target;
    for (const keyId of this.keys.splice(0)) await this.client.send(new DeleteApiKeyCommand({ apiKey: keyId })).catch(() => undefined);
    for (const usagePlanId of this.plans.splice(0)) {
      await this.client
        .send(new UpdateUsagePlanCommand({ usagePlanId, patchOperations: [{ op: "remove", path: "/apiStages", value: `${restApiId}:${stage}` }] }))
        .catch(() => undefined);
      await this.client.send(new DeleteUsagePlanCommand({ usagePlanId })).catch(() => undefined);
    }
    this.client.destroy();
  }
}
