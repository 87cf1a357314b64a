import type { IntegrationReply } from "../proxy-response";
import { MAX_CACHED_RESPONSE_BYTES } from "./cache-definition";

interface Entry {
  reply: IntegrationReply;
  bytes: number;
  expiresAt: number;
}

/** Bytes an entry is charged beyond its body and headers (key, bookkeeping). */
const ENTRY_OVERHEAD_BYTES = 128;

/**
 * The stage's cache cluster: integration replies by cache key, each kept for its method's TTL, the
 * whole bounded by the cluster's bytes (least recently used entries go first). A Map keeps insertion
 * order, so a hit re-inserts its entry and the first key is always the least recently used.
 */
export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private used = 0;

  constructor(readonly capacityBytes: number) {}

  get(key: string, now: number): IntegrationReply | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.entries.delete(key);
    if (entry.expiresAt <= now) {
      this.used -= entry.bytes;
      return undefined;
    }
    this.entries.set(key, entry);
    return entry.reply;
  }

  /** Stores the reply (replacing any entry of the key); false when it is larger than AWS caches. */
  set(key: string, reply: IntegrationReply, ttlMs: number, now: number): boolean {
    const bytes = replyBytes(reply);
    this.delete(key);
    if (bytes > MAX_CACHED_RESPONSE_BYTES) return false;
    const charged = bytes + ENTRY_OVERHEAD_BYTES + key.length;
    while (this.used + charged > this.capacityBytes && this.entries.size > 0) {
      const oldest = this.entries.keys().next().value as string;
      this.delete(oldest);
    }
    if (charged > this.capacityBytes) return false;
    this.entries.set(key, { reply, bytes: charged, expiresAt: now + ttlMs });
    this.used += charged;
    return true;
  }

  /** FlushStageCache. */
  flush(): void {
    this.entries.clear();
    this.used = 0;
  }

  get size(): number {
    return this.entries.size;
  }

  get usedBytes(): number {
    return this.used;
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (entry === undefined) return;
    this.entries.delete(key);
    this.used -= entry.bytes;
  }
}

/** What counts against AWS's 1 MB limit: the response, read here as its body and headers. */
function replyBytes(reply: IntegrationReply): number {
  let bytes = (typeof reply.body === "string" ? Buffer.byteLength(reply.body) : reply.body.length);
  for (const { name, values } of reply.headers.values()) for (const value of values) bytes += name.length + value.length;
  return bytes;
}
