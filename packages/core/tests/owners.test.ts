import { GetItemCommand, DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { plans, USER_LINK_LIMIT } from "@linkgate/contract";
import { beforeAll, describe, expect, it } from "vitest";
import { partnerOwnerId, userOwnerId, Validation, type Core } from "../src/index";
import { createTestCore } from "../src/testing/index";
import { uniqueTablePrefix } from "./local-aws";

describe("owners", () => {
  let core: Core;

  beforeAll(async () => {
    core = await createTestCore(uniqueTablePrefix("owners"), { planLinkLimits: { custom: 7 } });
  });

  it("stores `disabled` where the authorizer reads it with one raw GetItem", async () => {
    await core.owners.setUserDisabled("sub-1", true);
    const raw = await new DynamoDBClient({}).send(new GetItemCommand({ TableName: core.tableNames.Owners, Key: { ownerId: { S: "user#sub-1" } } }));
    expect(raw.Item?.disabled).toEqual({ BOOL: true });
    await expect(core.owners.get(userOwnerId("sub-1"))).resolves.toMatchObject({ disabled: true, linkCount: 0, linkLimit: USER_LINK_LIMIT });
    await core.owners.setUserDisabled("sub-1", false);
    await expect(core.owners.get(userOwnerId("sub-1"))).resolves.toMatchObject({ disabled: false });
  });

  it("sets and clears a link-limit override", async () => {
    const ownerId = userOwnerId("sub-2");
    await expect(core.owners.setLinkLimit(ownerId, 3)).resolves.toMatchObject({ linkLimit: 3, linkLimitOverride: 3 });
    const cleared = await core.owners.setLinkLimit(ownerId, null);
    expect(cleared.linkLimit).toBe(USER_LINK_LIMIT);
    expect(cleared.linkLimitOverride).toBeUndefined();
  });

  it("takes a partner's default limit from its plan, built-in or configured", async () => {
    const pro = await core.partners.create({ name: "Pro Co", contactEmail: "a@pro.test", planId: "pro", apiKeyId: "k-pro" });
    const custom = await core.partners.create({ name: "Custom Co", contactEmail: "a@custom.test", planId: "custom", apiKeyId: "k-custom" });
    const proLimit = plans.find((plan) => plan.id === "pro")?.linkLimit;
    await expect(core.owners.get(partnerOwnerId(pro.id))).resolves.toMatchObject({ linkLimit: proLimit });
    await expect(core.owners.get(partnerOwnerId(custom.id))).resolves.toMatchObject({ linkLimit: 7 });
  });

  it("refuses malformed owner ids and limits", async () => {
    await expect(core.owners.get("nobody")).rejects.toBeInstanceOf(Validation);
    await expect(core.owners.setLinkLimit(userOwnerId("x"), 0)).rejects.toBeInstanceOf(Validation);
    await expect(core.owners.setLinkLimit(userOwnerId("x"), 1.5)).rejects.toBeInstanceOf(Validation);
  });

  it("gives back one unit per link removed by TTL, once however often the record comes, never below zero", async () => {
    const user = { kind: "user" as const, sub: "sub-ttl", username: "ttl", groups: [] };
    const owner = userOwnerId("sub-ttl");
    const first = await core.links.create(user, { target: "https://example.com/ttl-1" });
    const second = await core.links.create(user, { target: "https://example.com/ttl-2" });
    const expired = (link: typeof first) => ({ code: link.code, ownerId: owner, createdAt: Date.parse(link.createdAt) });
    await expect(core.expiredLinks.release(expired(first))).resolves.toBe(true);
    // A stream delivers at least once: the same record again, even in parallel, releases nothing more.
    await expect(Promise.all([core.expiredLinks.release(expired(first)), core.expiredLinks.release(expired(first))])).resolves.toEqual([false, false]);
    await expect(core.owners.get(owner)).resolves.toMatchObject({ linkCount: 1 });
    await expect(core.expiredLinks.release(expired(second))).resolves.toBe(true);
    await expect(core.owners.get(owner)).resolves.toMatchObject({ linkCount: 0 });
    // A link with the same code made later is another link; with the counter at zero nothing is taken.
    await expect(core.expiredLinks.release({ ...expired(second), createdAt: expired(second).createdAt + 1 })).resolves.toBe(false);
    await expect(core.owners.get(owner)).resolves.toMatchObject({ linkCount: 0 });
    await expect(core.expiredLinks.release({ code: "x", ownerId: "nobody", createdAt: 1 })).rejects.toBeInstanceOf(Validation);
  });
});
