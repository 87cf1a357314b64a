import { describe, expect, it } from "vitest";
import { newUser, stack } from "./support/stack-clients";

/** Raw requests: the typed client would refuse to send most of these. */
async function post(token: string, body: string | Uint8Array, contentType = "application/json") {
  const response = await fetch(`${stack().apiUrl}/me/links`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": contentType },
    body,
  });
  const text = await response.text();
  return { status: response.status, text, json: (() => { try { return JSON.parse(text) as { message: string; code?: string; issues?: { path: string; message: string }[] }; } catch { return undefined; } })() };
}

describe("bad input through the gateway: clear 4xx, nothing written", () => {
  it("rejects malformed JSON, wrong types, unknown fields and hostile targets, and writes nothing", async () => {
    const { token, client } = await newUser("hostile");
    const malformed = await post(token, '{"target": "https://example.com"');
    expect(malformed.status).toBe(400);
    expect(malformed.json?.message).toMatch(/JSON/i);

    const wrongType = await post(token, JSON.stringify({ target: 42 }));
    expect(wrongType.status).toBe(400);
    expect(wrongType.json?.issues?.map((i) => i.path)).toContain("body.target");

    const unknown = await post(token, JSON.stringify({ target: "https://example.com", owner: "someone-else" }));
    expect(unknown.status).toBe(400);
    expect(unknown.json?.message).toContain("owner");

    const hostile = [
      "javascript:alert(document.cookie)",
      "data:text/html,<script>alert(1)</script>",
      "file:///etc/passwd",
      "https://user:secret@example.com/",
      `${stack().apiUrl}/loop`,
      `https://example.com/${"a".repeat(2_100)}`,
      "/relative/path",
    ];
    for (const target of hostile) {
      const answer = await post(token, JSON.stringify({ target }));
      expect({ target: target.slice(0, 40), status: answer.status }).toEqual({ target: target.slice(0, 40), status: 400 });
      expect(answer.json?.code).toBe("validation_failed");
    }
    const badAlias = await post(token, JSON.stringify({ target: "https://example.com", alias: "admin" }));
    expect(badAlias.status).toBe(400);

    expect((await client.call("listMyLinks")).items).toEqual([]);
    expect((await client.call("getMe")).linkCount).toBe(0);
  });

  it("answers a body over 10 MB with API Gateway's 413, before the function runs", async () => {
    const { token, client } = await newUser("huge");
    const answer = await post(token, new Uint8Array(10_485_761).fill(0x61));
    expect(answer.status).toBe(413);
    expect(answer.text).toBe("HTTP content length exceeded 10485760 bytes.");
    expect((await client.call("listMyLinks")).items).toEqual([]);
  });
});
