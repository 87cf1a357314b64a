import { DynamoDB, type AttributeValue } from "@aws-sdk/client-dynamodb";
import { beforeAll, describe, expect, it } from "vitest";
import { partnerOwnerId, userOwnerId, type Core } from "../src/index";
import { aPartnerCaller, aUser, createTestCore } from "../src/testing/index";
import { uniqueTablePrefix } from "./local-aws";

/** Each attribute's DynamoDB type (`S`, `N`, `BOOL`, `M`): what raw readers, such as the authorizer, depend on. */
const typesOf = (item: Record<string, AttributeValue> | undefined) =>
  Object.fromEntries(Object.entries(item ?? {}).map(([name, value]) => [name, Object.keys(value)[0]]));

/**
 * Raw commands and dynamoose models write the same tables: the attribute names and types must not
 * depend on which of them wrote an item.
 */
describe("stored items", () => {
  let core: Core;
  const raw = new DynamoDB({});
  const read = (table: string, key: Record<string, AttributeValue>) => raw.getItem({ TableName: table, Key: key, ConsistentRead: true }).then((found) => found.Item);

  beforeAll(async () => {
    core = await createTestCore(uniqueTablePrefix("layout"));
  });

  it("a link, as created with an expiry, clicked and changed", async () => {
    const user = aUser();
    const inAYear = new Date(Date.now() + 365 * 86_400_000).toISOString();
    const link = await core.links.create(user, { target: "https://example.com/a", expiresAt: inAYear });
    await core.links.resolve(link.code);
    await core.links.update(user, link.code, { target: "https://example.com/a2" });
    expect(typesOf(await read(core.tableNames.Links, { code: { S: link.code } }))).toEqual({
      code: "S", ownerId: "S", targetUrl: "S", custom: "BOOL", permanent: "BOOL", createdAt: "N", updatedAt: "N", expiresAt: "N", clicks: "N", clicksByDay: "M",
    });
  });

  it("an owner, counted by the link transactions and changed by an admin", async () => {
    const user = aUser();
    await core.links.create(user, { target: "https://example.com/b" });
    await core.owners.setLinkLimit(userOwnerId(user.sub), 9);
    await core.owners.setUserDisabled(user.sub, true);
    expect(typesOf(await read(core.tableNames.Owners, { ownerId: { S: userOwnerId(user.sub) } }))).toEqual({ ownerId: "S", linkCount: "N", linkLimit: "N", disabled: "BOOL" });
  });

  it("a partner, with the idempotency record of its first create", async () => {
    const partner = aPartnerCaller();
    await core.partners.create({ id: partner.partnerId, name: "Layout Co", contactEmail: "a@layout.test", planId: "free", apiKeyId: partner.apiKeyId });
    await core.links.create(partner, { target: "https://example.com/c" }, { idempotencyKey: "layout-1" });
    expect(typesOf(await read(core.tableNames.Partners, { partnerId: { S: partner.partnerId } }))).toEqual({
      partnerId: "S", name: "S", contactEmail: "S", planId: "S", apiKeyId: "S", status: "S", createdAt: "N", updatedAt: "N",
    });
    expect(typesOf(await read(core.tableNames.Idempotency, { key: { S: `${partnerOwnerId(partner.partnerId)}\nlayout-1` } }))).toEqual({ key: "S", requestHash: "S", response: "S", expiresAt: "N" });
  });
});
