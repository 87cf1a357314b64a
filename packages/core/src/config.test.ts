import { describe, expect, it } from "vitest";
import { CoreConfigError, resolveCoreConfig, type CoreConfig } from "./config";

const valid = (): CoreConfig => ({
  tableNames: { Links: "app-Links", Owners: "app-Owners", Partners: "app-Partners", Idempotency: "app-Idempotency", Connections: "app-Connections", UpgradeRequests: "app-UpgradeRequests" },
  shortBaseUrl: "https://Lnk.Example/",
  cursorSecret: "0123456789abcdef",
});

describe("core configuration", () => {
  it("accepts a complete configuration and normalises the base URL", () => {
    const resolved = resolveCoreConfig(valid());
    expect(resolved.shortBaseUrl).toBe("https://Lnk.Example");
    expect(resolved.shortHost).toBe("lnk.example");
  });

  it("names every missing or invalid value in one clear error", () => {
    const broken = { ...valid(), tableNames: { Links: "app-Links" }, shortBaseUrl: "", cursorSecret: "short" } as unknown as CoreConfig;
    expect(() => resolveCoreConfig(broken)).toThrow(CoreConfigError);
    expect(() => resolveCoreConfig(broken)).toThrow(/tableNames\.Owners.*tableNames\.Partners.*tableNames\.Idempotency.*tableNames\.Connections.*shortBaseUrl.*cursorSecret/);
  });

  it("refuses a non-http base URL and a bad plan limit", () => {
    expect(() => resolveCoreConfig({ ...valid(), shortBaseUrl: "ftp://x.test" })).toThrow(/shortBaseUrl/);
    expect(() => resolveCoreConfig({ ...valid(), planLinkLimits: { gold: 0 } })).toThrow(/planLinkLimits\.gold/);
  });
});
