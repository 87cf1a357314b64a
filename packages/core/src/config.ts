import { tableNames, type TableName } from "./tables";

/** What a core needs to run; validated once, at creation. */
export interface CoreConfig {
  /** Physical DynamoDB table name for every logical table (SST: `Resource.<Name>.name`). */
  tableNames: Record<TableName, string>;
  /** Public base URL of short links, e.g. `https://lnk.example`; links into it are refused as targets. */
  shortBaseUrl: string;
  /** Secret that signs list cursors (at least 16 characters). */
  cursorSecret: string;
  /** Link limits of plans not in the contract (admin-made plans), by plan id. */
  planLinkLimits?: Record<string, number>;
  /** Code generator (tests force collisions with it). */
  generateCode?: () => string;
  /** Clock (tests move time with it). */
  now?: () => Date;
}

export class CoreConfigError extends Error {
  override readonly name = "CoreConfigError";
}

export interface ResolvedCoreConfig extends Required<Omit<CoreConfig, "generateCode">> {
  generateCode?: () => string;
  /** Lower-cased host of `shortBaseUrl`. */
  shortHost: string;
}

/** Checks the configuration and names every missing or wrong value in one error. */
export function resolveCoreConfig(config: CoreConfig): ResolvedCoreConfig {
  const problems: string[] = [];
  for (const name of tableNames) {
    const physical = config.tableNames?.[name];
    if (typeof physical !== "string" || !/^[A-Za-z0-9_.-]{3,255}$/.test(physical)) {
      problems.push(`tableNames.${name} is missing or not a valid DynamoDB table name`);
    }
  }
  let shortHost = "";
  try {
    const url = new URL(config.shortBaseUrl);
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error("protocol");
    shortHost = url.hostname.toLowerCase();
  } catch {
    problems.push("shortBaseUrl is missing or not an absolute http(s) URL");
  }
  if (typeof config.cursorSecret !== "string" || config.cursorSecret.length < 16) {
    problems.push("cursorSecret is missing or shorter than 16 characters");
  }
  for (const [planId, limit] of Object.entries(config.planLinkLimits ?? {})) {
    if (!Number.isInteger(limit) || limit < 1) problems.push(`planLinkLimits.${planId} must be a positive integer`);
  }
  if (problems.length) throw new CoreConfigError(`Invalid core configuration: ${problems.join("; ")}.`);
  return {
    tableNames: config.tableNames,
    shortBaseUrl: config.shortBaseUrl.replace(/\/+$/, ""),
    cursorSecret: config.cursorSecret,
    planLinkLimits: config.planLinkLimits ?? {},
    generateCode: config.generateCode,
    now: config.now ?? (() => new Date()),
    shortHost,
  };
}
