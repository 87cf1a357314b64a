import { DynamoDBClient, UpdateItemCommand } from "@aws-sdk/client-dynamodb";
import { describe, expect, it } from "vitest";
import { PERMANENT_REDIRECT_MAX_AGE_SECONDS } from "../src/redirect/redirect-response";
import { aUser, call, config } from "./support/fixtures";

async function aLink(body: Record<string, unknown>) {
  const user = aUser();
  const created = await call<{ code: string }>({ route: "createMyLink", caller: user, body });
  expect(created.status).toBe(201);
  return { user, code: created.body.code };
}

describe("GET /{code}", () => {
  it("answers 301 with a bounded cache for a permanent link, and counts the click", async () => {
    const { user, code } = await aLink({ target: "https://example.com/permanent" });
    const answer = await call({ route: "redirect", pathParameters: { code } });
    expect(answer.status).toBe(301);
    expect(answer.headers.location).toBe("https://example.com/permanent");
    expect(answer.headers["cache-control"]).toBe(`private, max-age=${PERMANENT_REDIRECT_MAX_AGE_SECONDS}`);
    expect(answer.raw.body).toBe("");
    const stats = await call<{ totalClicks: number }>({ route: "getMyLinkStats", caller: user, pathParameters: { code } });
    expect(stats.body.totalClicks).toBe(1);
  });

  it("answers 302 with no-store for an expiring link", async () => {
    const { code } = await aLink({ target: "https://example.com/soon", expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
    const answer = await call({ route: "redirect", pathParameters: { code } });
    expect(answer.status).toBe(302);
    expect(answer.headers.location).toBe("https://example.com/soon");
    expect(answer.headers["cache-control"]).toBe("no-store");
  });

  it("follows an edited target at once", async () => {
    const { user, code } = await aLink({ target: "https://example.com/old" });
    await call({ route: "updateMyLink", caller: user, pathParameters: { code }, body: { target: "https://example.com/new" } });
    expect((await call({ route: "redirect", pathParameters: { code } })).headers.location).toBe("https://example.com/new");
  });

  it("answers an unknown code with a page for browsers and JSON for API clients", async () => {
    const page = await call<string>({ route: "redirect", pathParameters: { code: "nosuchcode" }, headers: { Accept: "text/html,application/xhtml+xml,*/*;q=0.8" } });
    expect(page.status).toBe(404);
    expect(page.headers["content-type"]).toMatch(/^text\/html/);
    expect(page.body).toContain("Link not found");
    expect(page.body).not.toContain("nosuchcode");
    const json = await call<{ code: string }>({ route: "redirect", pathParameters: { code: "nosuchcode" }, headers: { Accept: "application/json" } });
    expect([json.status, json.body.code]).toEqual([404, "not_found"]);
  });

  it("answers 404 for an expired link (expiry checked on read: TTL deletion is lazy)", async () => {
    const { code } = await aLink({ target: "https://example.com/expired", expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
    const dynamodb = new DynamoDBClient({});
    await dynamodb.send(
      new UpdateItemCommand({
        TableName: config.tableNames.Links,
        Key: { code: { S: code } },
        UpdateExpression: "SET expiresAt = :past",
        ExpressionAttributeValues: { ":past": { N: String(Math.floor(Date.now() / 1000) - 60) } },
      }),
    );
    dynamodb.destroy();
    expect((await call({ route: "redirect", pathParameters: { code } })).status).toBe(404);
  });

  it("answers 404 for a deleted link", async () => {
    const { user, code } = await aLink({ target: "https://example.com/gone" });
    expect((await call({ route: "deleteMyLink", caller: user, pathParameters: { code } })).status).toBe(204);
    expect((await call({ route: "redirect", pathParameters: { code } })).status).toBe(404);
  });
});
