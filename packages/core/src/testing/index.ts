import { randomBytes } from "node:crypto";
import { createCore, createTables, type Core } from "../core";
import type { CoreConfig } from "../config";
import { tableNames, type TableName } from "../tables";
import type { PartnerCaller, UserCaller } from "../caller";

/** Physical names `<prefix><LogicalName>` for every table. */
export function prefixedTableNames(prefix: string): Record<TableName, string> {
  return Object.fromEntries(tableNames.map((name) => [name, `${prefix}${name}`])) as Record<TableName, string>;
}

export const TEST_SHORT_BASE_URL = "https://lnk.test";

/**
 * A core on fresh, prefixed tables in the running DynamoDB Local (AWS_ENDPOINT_URL_DYNAMODB),
 * e.g. with `uniqueTablePrefix(suite)` from `@linkgate/emulator/testing`.
 */
export async function createTestCore(prefix: string, overrides: Partial<CoreConfig> = {}): Promise<Core> {
  const core = createCore({
    tableNames: prefixedTableNames(prefix),
    shortBaseUrl: TEST_SHORT_BASE_URL,
    cursorSecret: randomBytes(24).toString("hex"),
    ...overrides,
  });
  await createTables(core);
  return core;
}

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter += 1).toString(36)}${randomBytes(3).toString("hex")}`;

export function aUser(overrides: Partial<UserCaller> = {}): UserCaller {
  const sub = overrides.sub ?? `sub-${unique()}`;
  return { kind: "user", sub, username: `user-${sub}`, groups: [], ...overrides };
}

export function anAdmin(overrides: Partial<UserCaller> = {}): UserCaller {
  return aUser({ groups: ["admins"], ...overrides });
}

/** A partner caller; create its Partner record with `core.partners.create` before it makes links. */
export function aPartnerCaller(overrides: Partial<PartnerCaller> = {}): PartnerCaller {
  return { kind: "partner", partnerId: `p_${unique()}`, apiKeyId: `key${unique()}`, ...overrides };
}

/** Benches: one operation against its baseline in the same run. */
export { benchHeader, benchRatio, benchRow, measurePair, type BenchResult } from "./measure";
export { rawRedirectUpdate } from "./raw-redirect-update";
