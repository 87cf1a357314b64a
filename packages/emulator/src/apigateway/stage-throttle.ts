import { TokenBucket } from "../usage/token-bucket";
import type { ThrottleSettings } from "./definition";

/**
 * Throttling after the usage plan (api-gateway-request-throttling: "per-client per-method, per-client,
 * default per-method and individual per-method limits in the stage settings, account level"): the
 * stage's method settings, then the account default of 10,000 rps with a 5,000 burst.
 *
 * Reading: stage settings (`*\/*` defaults or `/path/VERB`) give each method its own bucket; the
 * account bucket is shared by every request of the stage (the emulator serves one stage). Exact,
 * where AWS calls its throttling best-effort.
 */
export const ACCOUNT_DEFAULT_THROTTLE: ThrottleSettings = { rateLimit: 10_000, burstLimit: 5_000 };

export class StageThrottle {
  private readonly methodBuckets = new Map<string, TokenBucket | null>();
  private readonly account: TokenBucket;

  constructor(
    private readonly settings: Record<string, ThrottleSettings> = {},
    account: ThrottleSettings = ACCOUNT_DEFAULT_THROTTLE,
    now = Date.now(),
  ) {
    this.account = new TokenBucket(account.rateLimit, account.burstLimit, now);
  }

  /** True if the request may proceed; takes a token from the method bucket (if any) and the account bucket. */
  tryTake(resourcePath: string, method: string, now: number): boolean {
    const bucket = this.bucketFor(resourcePath, method, now);
    if (bucket && !bucket.tryTake(now)) return false;
    return this.account.tryTake(now);
  }

  private bucketFor(resourcePath: string, method: string, now: number): TokenBucket | null {
    const key = `${resourcePath}/${method}`;
    let bucket = this.methodBuckets.get(key);
    if (bucket === undefined) {
      const limits = this.settings[key] ?? this.settings["*/*"];
      bucket = limits ? new TokenBucket(limits.rateLimit, limits.burstLimit, now) : null;
      this.methodBuckets.set(key, bucket);
    }
    return bucket;
  }
}
