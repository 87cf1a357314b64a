import { beforeAll, describe, expect, it } from "vitest";
import { Conflict, Forbidden, NotFound, Validation, type Core, type CreatePartnerInput } from "../src/index";
import { createTestCore } from "../src/testing/index";
import { uniqueTablePrefix } from "./local-aws";

let n = 0;
const aPartner = (overrides: Partial<CreatePartnerInput> = {}): CreatePartnerInput => {
  n += 1;
  return { name: `Partner ${n}`, contactEmail: `ops${n}@partner.test`, planId: "free", apiKeyId: `key-${n}-${Date.now()}`, ...overrides };
};

describe("partners", () => {
  let core: Core;

  beforeAll(async () => {
    core = await createTestCore(uniqueTablePrefix("partners"));
  });

  it("creates an active partner and reads it back by id and by API key", async () => {
    const input = aPartner();
    const partner = await core.partners.create(input);
    expect(partner).toMatchObject({ ...input, status: "active" });
    expect(partner.id).toMatch(/^p_[0-9a-f]{16}$/);
    await expect(core.partners.get(partner.id)).resolves.toEqual(partner);
    await expect(core.partners.getByApiKeyId(input.apiKeyId!)).resolves.toEqual(partner);
    await expect(core.partners.getByApiKeyId("unknown-key")).resolves.toBeUndefined();
  });

  it("refuses a duplicate partnerId with Conflict", async () => {
    await core.partners.create(aPartner({ id: "acme" }));
    await expect(core.partners.create(aPartner({ id: "acme" }))).rejects.toBeInstanceOf(Conflict);
  });

  it("reports every invalid field at once", async () => {
    const error = await core.partners.create(aPartner({ name: "", contactEmail: "nope", planId: "Not A Plan" })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Validation);
    expect((error as Validation).issues.map((issue) => issue.path[0])).toEqual(["name", "contactEmail", "planId"]);
  });

  it("updates fields and rotates and removes the API key", async () => {
    const partner = await core.partners.create(aPartner());
    const updated = await core.partners.update(partner.id, { name: "Renamed", planId: "pro", apiKeyId: "rotated-key-1" });
    expect(updated).toMatchObject({ id: partner.id, name: "Renamed", planId: "pro", apiKeyId: "rotated-key-1", contactEmail: partner.contactEmail });
    await expect(core.partners.getByApiKeyId("rotated-key-1")).resolves.toMatchObject({ id: partner.id });
    await expect(core.partners.getByApiKeyId(partner.apiKeyId!)).resolves.toBeUndefined();
    const keyless = await core.partners.update(partner.id, { apiKeyId: null });
    expect(keyless.apiKeyId).toBeNull();
    await expect(core.partners.getByApiKeyId("rotated-key-1")).resolves.toBeUndefined();
  });

  it("revokes and reactivates", async () => {
    const partner = await core.partners.create(aPartner());
    await expect(core.partners.setStatus(partner.id, "revoked")).resolves.toMatchObject({ status: "revoked" });
    await expect(core.partners.setStatus(partner.id, "active")).resolves.toMatchObject({ status: "active" });
  });

  it("answers NotFound for an unknown partner", async () => {
    await expect(core.partners.get("nobody")).rejects.toBeInstanceOf(NotFound);
    await expect(core.partners.update("nobody", { name: "X" })).rejects.toBeInstanceOf(NotFound);
    await expect(core.partners.setStatus("nobody", "revoked")).rejects.toBeInstanceOf(NotFound);
  });

  it("lists every partner exactly once across pages; a forged cursor is a Validation error", async () => {
    const fresh = await createTestCore(uniqueTablePrefix("partners-list"));
    const created = await Promise.all(Array.from({ length: 23 }, () => fresh.partners.create(aPartner())));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await fresh.partners.list({ limit: 5, cursor: cursor ?? undefined });
      seen.push(...page.items.map((p) => p.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual(created.map((p) => p.id).sort());
    const revoked = created.slice(0, 4);
    await Promise.all(revoked.map((p) => fresh.partners.setStatus(p.id, "revoked")));
    const revokedSeen: string[] = [];
    cursor = null;
    do {
      const page = await fresh.partners.list({ limit: 5, status: "revoked", cursor: cursor ?? undefined });
      revokedSeen.push(...page.items.map((p) => p.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(revokedSeen.sort()).toEqual(revoked.map((p) => p.id).sort());
    await expect(fresh.partners.list({ cursor: "forged.cursor" })).rejects.toBeInstanceOf(Validation);
  });
});

describe("partner callers from API keys", () => {
  it("gives a partner Caller for an active partner's key, Forbidden otherwise", async () => {
    const core = await createTestCore(uniqueTablePrefix("partner-caller"));
    const partner = await core.partners.create(aPartner({ apiKeyId: "caller-key" }));
    await expect(core.partners.callerForApiKey("caller-key")).resolves.toEqual({ kind: "partner", partnerId: partner.id, apiKeyId: "caller-key" });
    await expect(core.partners.callerForApiKey("unknown-key")).rejects.toBeInstanceOf(Forbidden);
    await core.partners.setStatus(partner.id, "revoked");
    await expect(core.partners.callerForApiKey("caller-key")).rejects.toBeInstanceOf(Forbidden);
  });
});
