import { DynamoDB } from "@aws-sdk/client-dynamodb";
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createCore, createTables } from "../src/index";
import { aPartnerCaller, aUser, prefixedTableNames, TEST_SHORT_BASE_URL } from "../src/testing/index";
import { uniqueTablePrefix } from "./local-aws";

/** A client that records the name of every command it sends. */
function recordingClient(): { client: DynamoDB; sent: string[] } {
  const client = new DynamoDB({});
  const sent: string[] = [];
  client.middlewareStack.add((next, context) => (args) => (sent.push(String(context.commandName)), next(args)), { step: "initialize" });
  return { client, sent };
}

describe("the core's DynamoDB client", () => {
  it("is the one given to createCore, for raw commands and dynamoose models alike", async () => {
    const { client, sent } = recordingClient();
    const core = createCore({ tableNames: prefixedTableNames(uniqueTablePrefix("client")), shortBaseUrl: TEST_SHORT_BASE_URL, cursorSecret: "s".repeat(32) }, { dynamodb: client });
    await createTables(core);
    const partner = aPartnerCaller();
    await core.partners.create({ id: partner.partnerId, name: "Client Co", contactEmail: "a@client.test", planId: "free", apiKeyId: partner.apiKeyId }); // dynamoose
    const link = await core.links.create(aUser(), { target: "https://example.com/client" }); // raw transaction
    await core.links.resolve(link.code); // raw UpdateItem
    await core.partners.callerForApiKey(partner.apiKeyId); // raw Query
    expect(sent).toEqual(expect.arrayContaining(["CreateTableCommand", "PutItemCommand", "TransactWriteItemsCommand", "UpdateItemCommand", "QueryCommand"]));
  });

  it("of a second core is its own: two cores never share a client", async () => {
    const first = recordingClient();
    const second = recordingClient();
    const config = { tableNames: prefixedTableNames(uniqueTablePrefix("clients")), shortBaseUrl: TEST_SHORT_BASE_URL, cursorSecret: "s".repeat(32) };
    const a = createCore(config, { dynamodb: first.client });
    await createTables(a);
    const afterSetUp = first.sent.length;
    const b = createCore(config, { dynamodb: second.client });
    const partner = aPartnerCaller();
    await b.partners.create({ id: partner.partnerId, name: "Second Co", contactEmail: "a@second.test", planId: "free" });
    await expect(a.partners.get(partner.partnerId)).resolves.toMatchObject({ name: "Second Co" });
    expect(second.sent).toEqual(["PutItemCommand"]);
    expect(first.sent.slice(afterSetUp)).toEqual(["GetItemCommand"]);
  });
});

describe("the request core (@linkgate/core/request-core)", () => {
  it("bundles without dynamoose, so the per-request functions never load it", async () => {
    const entry = fileURLToPath(new URL("../src/request-core.ts", import.meta.url));
    const result = await build({ entryPoints: [entry], bundle: true, write: false, platform: "node", format: "esm", metafile: true, external: ["@aws-sdk/*"], logLevel: "silent" });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((path) => path.includes("request-core.ts"))).toBe(true);
    expect(inputs.filter((path) => path.includes("node_modules/dynamoose/"))).toEqual([]);
  });
});
