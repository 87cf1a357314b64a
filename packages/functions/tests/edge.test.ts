import { errorBodySchema, linkSchema } from "@linkgate/contract";
import { userOwnerId } from "@linkgate/core";
import { describe, expect, it, vi } from "vitest";
import { definePartnerHandler, defineUserHandler } from "../src/edge/define-handler";
import { logger } from "../src/observability/logger";
import { invoke, proxyEvent } from "../src/testing/index";
import { anAdmin, aUser, call, core, createPartner } from "./support/fixtures";

// Prepare // Act // Assess: every case goes through a real handler and the real edge.
describe("the edge", () => {
  it("answers a typed success with its status, JSON and CORS", async () => {
    const created = await call({ route: "createMyLink", caller: aUser(), body: { target: "https://example.com/a" } });
    expect(created.status).toBe(201);
    expect(created.headers["content-type"]).toBe("application/json");
    expect(created.headers["access-control-allow-origin"]).toBe("*");
    expect(linkSchema.parse(created.body).target).toBe("https://example.com/a");
  });

  it("answers 400 naming each bad field", async () => {
    const answer = await call<{ code: string; issues: { path: string }[] }>({
      route: "createMyLink",
      caller: aUser(),
      body: { target: "not a url", alias: "!", expiresAt: "tomorrow" },
    });
    expect(answer.status).toBe(400);
    expect(errorBodySchema.parse(answer.body).code).toBe("validation_failed");
    expect(answer.body.issues.map((issue) => issue.path).sort()).toEqual(["body.alias", "body.expiresAt", "body.target"]);
  });

  it("answers 400 for malformed JSON with a clear message", async () => {
    const answer = await call<{ message: string; issues: { path: string; message: string }[] }>({ route: "createMyLink", caller: aUser(), body: '{"target": ' });
    expect(answer.status).toBe(400);
    expect(answer.body.issues).toEqual([{ path: "body", message: "The request body is not valid JSON." }]);
  });

  it("refuses unknown body fields (strict schemas), naming them", async () => {
    const answer = await call<{ issues: { path: string; message: string }[] }>({
      route: "createMyLink",
      caller: aUser(),
      body: { target: "https://example.com/", expiresat: "2030-01-01T00:00:00Z" },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.issues[0]?.message).toMatch(/Unknown field\(s\): expiresat/);
  });

  it("maps domain errors in one table: 404, 409, 403 quota, 400 from the domain with wire field names", async () => {
    const user = aUser();
    expect((await call({ route: "getMyLink", caller: user, pathParameters: { code: "nosuchcode" } })).status).toBe(404);
    await call({ route: "createMyLink", caller: user, body: { target: "https://example.com/", alias: `taken-${user.sub}` } });
    const conflict = await call<{ code: string }>({ route: "createMyLink", caller: aUser(), body: { target: "https://example.com/", alias: `taken-${user.sub}` } });
    expect([conflict.status, conflict.body.code]).toEqual([409, "conflict"]);

    const limited = aUser();
    await core.owners.setLinkLimit(userOwnerId(limited.sub), 1);
    await call({ route: "createMyLink", caller: limited, body: { target: "https://example.com/1" } });
    const quota = await call<{ code: string }>({ route: "createMyLink", caller: limited, body: { target: "https://example.com/2" } });
    expect([quota.status, quota.body.code]).toEqual([403, "quota_exceeded"]);

    const selfLink = await call<{ issues: { path: string }[] }>({ route: "createMyLink", caller: aUser(), body: { target: "https://lnk.test/abc" } });
    expect(selfLink.status).toBe(400);
    expect(selfLink.body.issues[0]?.path).toBe("body.target");
  });

  it("checks the admins group again on admin routes (403 forbidden)", async () => {
    const refused = await call<{ code: string }>({ route: "listPlans", caller: aUser({ groups: ["users"] }) });
    expect([refused.status, refused.body.code]).toEqual([403, "forbidden"]);
    expect((await call({ route: "listPlans", caller: anAdmin() })).status).toBe(200);
  });

  it("answers 401 when a user route arrives without the authorizer's context", async () => {
    const answer = await call<{ code: string }>({ route: "getMe" });
    expect([answer.status, answer.body.code]).toEqual([401, "unauthorized"]);
  });

  it("refuses a partner route for an unknown or revoked key (403)", async () => {
    expect((await call({ route: "listLinks", apiKeyId: "nosuchkey" })).status).toBe(403);
    const { partner } = await createPartner();
    await call({ route: "revokePartner", caller: anAdmin(), pathParameters: { partnerId: partner.id } });
    const refused = await call<{ code: string }>({ route: "listLinks", apiKeyId: partner.apiKeyId ?? "" });
    expect([refused.status, refused.body.code]).toEqual([403, "forbidden"]);
  });

  it("answers 500 without internals and logs the details", async () => {
    const logged = vi.spyOn(logger, "error");
    const failing = defineUserHandler("getMe", async () => {
      throw new Error("connection to db-internal-7 refused, password=hunter2");
    });
    const answer = await invoke(failing, proxyEvent({ route: "getMe", caller: aUser() }));
    expect(answer.status).toBe(500);
    expect(answer.body).toEqual({ message: "Internal server error", code: "internal" });
    expect(String((logged.mock.calls[0]?.[1] as Error | undefined)?.message)).toContain("db-internal-7");
    logged.mockRestore();
  });

  it("refuses to define a handler with the wrong auth mode", () => {
    expect(() => definePartnerHandler("getMe", async () => ({ status: 200 as const, body: {} as never }))).toThrow(/user route/);
  });
});
