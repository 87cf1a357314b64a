import { describe, expect, it } from "vitest";
import { functionsEnvironment, readFunctionsConfig, readLiveManagementEndpoint, type ConfigSource } from "./config";

function sourceFrom(env: Record<string, string>): ConfigSource {
  const links = Object.fromEntries(
    Object.entries(env)
      .filter(([key]) => key.startsWith("SST_RESOURCE_"))
      .map(([key, value]) => [key.slice("SST_RESOURCE_".length), JSON.parse(value) as Record<string, unknown>]),
  );
  return { link: (name) => links[name], env };
}

const complete = {
  tableNames: { Links: "t-Links", Owners: "t-Owners", Partners: "t-Partners", Idempotency: "t-Idempotency", Connections: "t-Connections", UpgradeRequests: "t-UpgradeRequests" },
  shortBaseUrl: "http://127.0.0.1:4000/local",
  cursorSecret: "0123456789abcdef0123",
  restApiId: "api123",
  stage: "local",
  apiName: "linkgate-local",
  userPoolId: "local_pool",
  userPoolClientId: "local_client",
};

describe("readFunctionsConfig", () => {
  it("reads every value from the SST links the local stack sets", () => {
    expect(readFunctionsConfig(sourceFrom(functionsEnvironment(complete)))).toEqual(complete);
  });

  it("names every missing link or variable in one error", () => {
    const env = functionsEnvironment(complete);
    delete env.SST_RESOURCE_Owners;
    delete env.SST_RESOURCE_CursorSecret;
    const read = () => readFunctionsConfig(sourceFrom(env));
    expect(read).toThrow(/table Owners: set SST_RESOURCE_Owners/);
    expect(read).toThrow(/cursor secret: set SST_RESOURCE_CursorSecret .* or LINKGATE_CURSOR_SECRET/);
  });

  it("takes plain variables where SST links nothing, and lets a custom short domain win", () => {
    const env: Record<string, string> = { ...functionsEnvironment(complete), LINKGATE_CURSOR_SECRET: "x".repeat(20), LINKGATE_SHORT_BASE_URL: "https://lnk.example" };
    delete env.SST_RESOURCE_CursorSecret;
    const config = readFunctionsConfig(sourceFrom(env));
    expect(config.cursorSecret).toBe("x".repeat(20));
    expect(config.shortBaseUrl).toBe("https://lnk.example");
  });

  it("refuses a short cursor secret", () => {
    const env = functionsEnvironment({ ...complete, cursorSecret: "short" });
    expect(() => readFunctionsConfig(sourceFrom(env))).toThrow(/at least 16 characters/);
  });
});

describe("readLiveManagementEndpoint", () => {
  it("reads the live API's @connections endpoint from its SST link, as an http(s) URL", () => {
    const live = { url: "wss://abc.execute-api.us-east-1.amazonaws.com/prod", managementEndpoint: "https://abc.execute-api.us-east-1.amazonaws.com/prod" };
    expect(readLiveManagementEndpoint(sourceFrom(functionsEnvironment(complete, undefined, live)))).toBe(live.managementEndpoint);
    const local = { url: "ws://127.0.0.1:3106/local", managementEndpoint: "http://127.0.0.1:3106/local" };
    expect(readLiveManagementEndpoint(sourceFrom(functionsEnvironment(complete, undefined, local)))).toBe(local.managementEndpoint);
  });

  it("names the link when it is missing or not a URL", () => {
    expect(() => readLiveManagementEndpoint(sourceFrom(functionsEnvironment(complete)))).toThrow(/SST_RESOURCE_Live \(link Live, field "managementEndpoint"\)/);
    const bad = { url: "x", managementEndpoint: "nowhere" };
    expect(() => readLiveManagementEndpoint(sourceFrom(functionsEnvironment(complete, undefined, bad)))).toThrow(/SST_RESOURCE_Live/);
  });
});
