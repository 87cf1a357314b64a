import { describe, expect, it } from "vitest";
import { newWebSocketId } from "./ids";

describe("newWebSocketId", () => {
  it("is 11 random bytes in URL-safe base64 with its padding, as AWS's connection ids", () => {
    const ids = Array.from({ length: 2_000 }, newWebSocketId);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{15}=$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
