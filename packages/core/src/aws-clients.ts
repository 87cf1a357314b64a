/**
 * HTTP settings for every AWS SDK client of the functions and the authorizer, in one place.
 *
 * The SDK's defaults wait long for a request that was sent but not answered (DynamoDB's socket
 * timeout is 300 s), so a dependency that accepts connections and then hangs (a frozen process, a
 * network black hole) would hold a function until its 20 s timeout and surface as the gateway's
 * 502. With these, each attempt fails with a `TimeoutError` after a few silent seconds, three attempts
 * (the SDK's standard retries, with jitter; DynamoDB's client would make four) end within about 16 s,
 * inside the function's timeout, and the edge answers 503 with Retry-After.
 *
 * The limit is on silence, not on the whole request: a request waiting for one of the client's
 * pooled sockets (100 parallel writes share 50) is not cut short, and neither is a slow answer that
 * keeps arriving. DynamoDB answers in milliseconds on AWS; DynamoDB Local on a loaded machine (100
 * parallel transactions on two busy cores) took more than 1 s to accept a connection and 3 s to answer,
 * which is why the limits are not lower.
 */
export const AWS_CLIENT_LIMITS = {
  /** A TCP connection (or TLS handshake) that takes longer than this is abandoned. */
  connectionTimeoutMs: 3_000,
  /** A connected request that receives nothing for this long is abandoned (and retried). */
  socketTimeoutMs: 5_000,
  /** Attempts per call, the first included: bounds the worst case at 3 × (connection + silence). */
  maxAttempts: 3,
} as const;

/** Options to spread into any SDK v3 client's constructor: `new DynamoDBClient({ ...awsClientOptions() })`. */
export function awsClientOptions() {
  return {
    maxAttempts: AWS_CLIENT_LIMITS.maxAttempts,
    requestHandler: {
      connectionTimeout: AWS_CLIENT_LIMITS.connectionTimeoutMs,
      socketTimeout: AWS_CLIENT_LIMITS.socketTimeoutMs,
    },
  };
}
