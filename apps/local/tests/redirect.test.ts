import { describe, expect, it } from "vitest";
import { newUser, stack } from "./support/stack-clients";

const follow = (code: string, headers: Record<string, string> = {}) => fetch(`${stack().apiUrl}/${code}`, { redirect: "manual", headers });

describe("redirect GET /{code} through the gateway", () => {
  it("redirects, and counts every click exactly once under 100 parallel hits", async () => {
    const { client } = await newUser("clicks");
    const link = await client.call("createMyLink", { body: { target: "https://example.com/landing" } });
    const responses = await Promise.all(Array.from({ length: 100 }, () => follow(link.code)));
    expect(new Set(responses.map((r) => r.status))).toEqual(new Set([301]));
    expect(responses[0]?.headers.get("location")).toBe("https://example.com/landing");
    const stats = await client.call("getMyLinkStats", { path: { code: link.code } });
    expect(stats.totalClicks).toBe(100);
    expect(stats.days.reduce((sum, day) => sum + day.clicks, 0)).toBe(100);
  });

  it("answers 302 (not cached) for a link that expires, and 404 once it has expired", async () => {
    const { client } = await newUser("expiry");
    // Far enough ahead that creating and following it happen first, even on a loaded machine.
    const link = await client.call("createMyLink", { body: { target: "https://example.com/soon", expiresAt: new Date(Date.now() + 60_000).toISOString() } });
    const before = await follow(link.code);
    expect(before.status).toBe(302);
    expect(before.headers.get("cache-control")).toBe("no-store");

    const expiresAt = new Date(Date.now() + 4_000).toISOString();
    await client.call("updateMyLink", { path: { code: link.code }, body: { expiresAt } });
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, Date.parse(expiresAt) - Date.now()) + 1_100));
    const json = await follow(link.code);
    expect(json.status).toBe(404);
    expect(json.headers.get("content-type")).toContain("application/json");
    const html = await follow(link.code, { accept: "text/html" });
    expect(html.status).toBe(404);
    expect(html.headers.get("content-type")).toContain("text/html");
  });

  it("answers 404 for a code nobody created", async () => {
    expect((await follow("nobody-made-this")).status).toBe(404);
  });
});
