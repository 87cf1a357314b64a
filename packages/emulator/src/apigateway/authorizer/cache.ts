import type { AuthorizerResult } from "./output";

/**
 * Authorizer result cache for the stage: key = authorizer name + identity-source values, so a
 * result is reused for every method behind that authorizer (as on AWS). Allow and Deny results
 * are both cached. Bounded: past `maxEntries` the oldest entry goes, so unbounded distinct tokens
 * cannot grow memory.
 */
export class AuthorizerCache {
  private readonly entries = new Map<string, { result: AuthorizerResult; expiresAt: number }>();

  constructor(private readonly maxEntries = 10_000) {}

  get(key: string, now: number): AuthorizerResult | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.result;
  }

  set(key: string, result: AuthorizerResult, ttlMs: number, now: number): void {
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, { result, expiresAt: now + ttlMs });
  }

  /** FlushStageAuthorizersCache. */
  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
