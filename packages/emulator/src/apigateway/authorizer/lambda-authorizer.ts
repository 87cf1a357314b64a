import type { LambdaInvoker } from "../../lambda/invoker";
import type { AuthorizerDefinition } from "../definition";
import type { GatewayRequest } from "../gateway-request";
import type { GatewayResponseType } from "../gateway-responses";
import { invokeSafely } from "../invoke-safely";
import type { RequestParts } from "../proxy-event";
import type { AuthorizerCache } from "./cache";
import type { CompiledPolicy } from "./policy";
import { compileIdentitySources, tokenHeaderName, type IdentityExtractor } from "./identity-source";
import { MalformedAuthorizerOutputError, parseAuthorizerOutput, type AuthorizerResult } from "./output";

/**
 * One Lambda authorizer (TOKEN or REQUEST), compiled from its definition. Order, as documented:
 * identity-source check (401 without invoking), TOKEN validation regex (401 without invoking),
 * cache lookup, invoke, validate output, then evaluate the (possibly cached) policy against this
 * request's methodArn.
 */
export type AuthorizeOutcome =
  | { ok: true; principalId: string; context: Record<string, string>; integrationLatency: number; policy: CompiledPolicy; usageIdentifierKey?: string }
  | { ok: false; response: GatewayResponseType };

export const DEFAULT_AUTHORIZER_TTL_SECONDS = 300;
export const MAX_AUTHORIZER_TTL_SECONDS = 3600;

export class LambdaAuthorizer {
  private readonly ttlMs: number;
  private readonly identity: IdentityExtractor;
  private readonly tokenPattern?: RegExp;
  /** Concurrent first requests with the same identity share one invocation. */
  private readonly inFlight = new Map<string, Promise<AuthorizerResult | GatewayResponseType>>();

  constructor(
    private readonly name: string,
    private readonly definition: AuthorizerDefinition,
    private readonly invoker: LambdaInvoker,
    private readonly cache: AuthorizerCache,
    private readonly timeoutMs: number,
  ) {
    const ttl = definition.resultTtlSeconds ?? DEFAULT_AUTHORIZER_TTL_SECONDS;
    if (!Number.isInteger(ttl) || ttl < 0 || ttl > MAX_AUTHORIZER_TTL_SECONDS) throw new Error(`Authorizer ${name}: resultTtlSeconds must be 0-3600, got ${ttl}`);
    this.ttlMs = ttl * 1000;
    this.identity = compileIdentitySources(definition.identitySource);
    // The cache key is the identity sources; without any, every caller would share one entry.
    if (this.ttlMs > 0 && definition.identitySource.length === 0) throw new Error(`Authorizer ${name}: caching needs at least one identity source`);
    if (definition.type === "TOKEN") {
      tokenHeaderName(definition.identitySource); // validates: exactly one header source
      // Reading: the expression must match the whole token (Java `Pattern.matches` semantics).
      if (definition.identityValidationExpression) this.tokenPattern = new RegExp(`^(?:${definition.identityValidationExpression})$`);
    }
  }

  async authorize(request: GatewayRequest, parts: RequestParts, methodArn: string, now: number): Promise<AuthorizeOutcome> {
    const values = this.identity(request, parts);
    // A TOKEN authorizer always needs its token; a REQUEST authorizer needs its sources only when caching.
    if (!values && (this.definition.type === "TOKEN" || this.ttlMs > 0)) return { ok: false, response: "UNAUTHORIZED" };
    if (this.tokenPattern && !this.tokenPattern.test(values?.[0] ?? "")) return { ok: false, response: "UNAUTHORIZED" };

    const key = this.ttlMs > 0 ? `${this.name}\u0000${(values ?? []).join("\u0000")}` : undefined;
    const cached = key === undefined ? undefined : this.cache.get(key, now);
    if (cached) return decide(cached, methodArn, 0);

    const started = performance.now();
    const result = key === undefined ? await this.invoke(request, parts, methodArn, values) : await this.invokeOnce(key, request, parts, methodArn, values);
    if (typeof result === "string") return { ok: false, response: result };
    return decide(result, methodArn, Math.round(performance.now() - started));
  }

  private invokeOnce(key: string, request: GatewayRequest, parts: RequestParts, methodArn: string, values: string[] | undefined) {
    let pending = this.inFlight.get(key);
    if (!pending) {
      pending = this.invoke(request, parts, methodArn, values).then((result) => {
        if (typeof result !== "string") this.cache.set(key, result, this.ttlMs, Date.now());
        return result;
      });
      pending.finally(() => this.inFlight.delete(key)).catch(() => undefined);
      this.inFlight.set(key, pending);
    }
    return pending;
  }

  private async invoke(request: GatewayRequest, parts: RequestParts, methodArn: string, values: string[] | undefined): Promise<AuthorizerResult | GatewayResponseType> {
    const input =
      this.definition.type === "TOKEN"
        ? { type: "TOKEN", authorizationToken: values?.[0] ?? "", methodArn }
        : { type: "REQUEST", methodArn, ...parts };
    const invocation = await invokeSafely(this.invoker, this.definition.function, input, this.timeoutMs);
    if (!invocation.ok) {
      // Only an error whose message is exactly "Unauthorized" means 401; anything else is a 500.
      return invocation.error === "Unhandled" && invocation.message === "Unauthorized" ? "UNAUTHORIZED" : "AUTHORIZER_CONFIGURATION_ERROR";
    }
    try {
      return parseAuthorizerOutput(invocation.payload);
    } catch (error) {
      if (error instanceof MalformedAuthorizerOutputError) return "AUTHORIZER_CONFIGURATION_ERROR";
      throw error;
    }
  }
}

function decide(result: AuthorizerResult, methodArn: string, integrationLatency: number): AuthorizeOutcome {
  const decision = result.policy.evaluate(methodArn);
  if (decision === "Deny") return { ok: false, response: "ACCESS_DENIED_EXPLICIT" };
  if (decision === "NoMatch") return { ok: false, response: "ACCESS_DENIED" };
  return {
    ok: true,
    principalId: result.principalId,
    context: result.context,
    integrationLatency,
    policy: result.policy,
    ...(result.usageIdentifierKey !== undefined ? { usageIdentifierKey: result.usageIdentifierKey } : {}),
  };
}
