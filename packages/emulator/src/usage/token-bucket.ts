/**
 * API Gateway's throttling algorithm: a bucket of `burstLimit` tokens, refilled at `rateLimit`
 * tokens per second; a request takes one token or is throttled (429 Too Many Requests). Exact,
 * where AWS calls its own throttling best-effort.
 */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    private rateLimit: number,
    private burstLimit: number,
    now = Date.now(),
  ) {
    this.tokens = burstLimit;
    this.updatedAt = now;
  }

  /** Takes one token if there is one. */
  tryTake(now = Date.now()): boolean {
    this.refill(now);
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** New limits apply at once; tokens already in the bucket are kept up to the new burst. */
  reconfigure(rateLimit: number, burstLimit: number, now = Date.now()): void {
    this.refill(now);
    this.rateLimit = rateLimit;
    this.burstLimit = burstLimit;
    this.tokens = Math.min(this.tokens, burstLimit);
  }

  private refill(now: number): void {
    const elapsedSeconds = Math.max(0, now - this.updatedAt) / 1000;
    this.tokens = Math.min(this.burstLimit, this.tokens + elapsedSeconds * this.rateLimit);
    this.updatedAt = now;
  }
}
