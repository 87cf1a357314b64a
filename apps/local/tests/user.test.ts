import { routes } from "@linkgate/contract";
import { describe, expect, it } from "vitest";
import { failure, newUser, stack } from "./support/stack-clients";

describe("signed-in user through the authorizer", () => {
  it("creates, lists, reads, updates and deletes own links, and sees stats", async () => {
    const { client } = await newUser("crud");
    const created = await client.call("createMyLink", { body: { target: "https://example.com/one", alias: `mine-${Date.now()}` } });
    expect(created.shortUrl).toBe(`${stack().apiUrl}/${created.code}`);
    expect((await client.call("listMyLinks")).items.map((l) => l.code)).toEqual([created.code]);
    const updated = await client.call("updateMyLink", { path: { code: created.code }, body: { target: "https://example.com/two" } });
    expect(updated.target).toBe("https://example.com/two");
    expect((await client.call("getMyLink", { path: { code: created.code } })).target).toBe("https://example.com/two");
    const stats = await client.call("getMyLinkStats", { path: { code: created.code } });
    expect(stats).toMatchObject({ code: created.code, totalClicks: 0 });
    const me = await client.call("getMe");
    expect(me.linkCount).toBe(1);
    await client.call("deleteMyLink", { path: { code: created.code } });
    expect((await failure(client.call("getMyLink", { path: { code: created.code } }))).status).toBe(404);
    expect((await client.call("getMe")).linkCount).toBe(0);
  });

  it("cannot read, change or delete another user's link: 404, and the link is untouched", async () => {
    const owner = await newUser("owner");
    const other = await newUser("other");
    const link = await owner.client.call("createMyLink", { body: { target: "https://example.com/private" } });
    const path = { code: link.code };
    expect((await failure(other.client.call("getMyLink", { path }))).status).toBe(404);
    expect((await failure(other.client.call("updateMyLink", { path, body: { target: "https://evil.example/" } }))).status).toBe(404);
    expect((await failure(other.client.call("deleteMyLink", { path }))).status).toBe(404);
    expect((await failure(other.client.call("getMyLinkStats", { path }))).status).toBe(404);
    expect((await owner.client.call("getMyLink", { path })).target).toBe("https://example.com/private");
  });

  it("gets 403 on every admin route of the contract", async () => {
    const { token } = await newUser("nosy");
    const adminRoutes = routes.filter((route) => route.auth === "admin");
    expect(adminRoutes.length).toBeGreaterThan(10);
    for (const route of adminRoutes) {
      const path = route.path.replace(/\{[^}]+\}/g, "x1");
      const response = await fetch(`${stack().apiUrl}${path}`, {
        method: route.method,
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        ...(route.method === "GET" || route.method === "DELETE" ? {} : { body: "{}" }),
      });
      expect({ route: route.name, status: response.status }).toEqual({ route: route.name, status: 403 });
    }
  });

  it("gets 401 without a token or with a bad one", async () => {
    expect((await fetch(`${stack().apiUrl}/me`)).status).toBe(401);
    expect((await fetch(`${stack().apiUrl}/me`, { headers: { authorization: "Bearer not.a.jwt" } })).status).toBe(401);
  });
});
