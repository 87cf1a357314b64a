import { describe, expect, it } from "vitest";
import { DEFAULT_PORTS, parseStackOptions } from "./options";

describe("parseStackOptions", () => {
  it("uses fixed default ports and the default data dir", () => {
    expect(parseStackOptions([], {}, "/repo/.linkgate")).toEqual({ ports: DEFAULT_PORTS, dataDir: "/repo/.linkgate", watch: true, console: true });
  });

  it("takes ports from the environment, and flags over the environment", () => {
    const options = parseStackOptions(["--api-port", "4000"], { LINKGATE_API_PORT: "5000", LINKGATE_COGNITO_PORT: "5003" }, "/d");
    expect(options).toMatchObject({ ports: { api: 4000, cognito: 5003 } });
  });

  it("names the option when a port is not a number", () => {
    expect(() => parseStackOptions(["--api-port", "http"], {}, "/d")).toThrow("--api-port / LINKGATE_API_PORT: 'http' is not a port");
  });

  it("refuses Node's inspector port and shared ports", () => {
    expect(() => parseStackOptions([], { LINKGATE_COGNITO_PORT: "9229" }, "/d")).toThrow(/inspector/);
    expect(() => parseStackOptions(["--console-port", String(DEFAULT_PORTS.api)], {}, "/d")).toThrow(/share port/);
  });

  it("turns off the function watcher and the console on request", () => {
    expect(parseStackOptions(["--no-watch", "--no-console"], {}, "/d")).toMatchObject({ watch: false, console: false });
  });

  it("serves with a deployed stage's cache on request, from the flag or the environment", () => {
    expect(parseStackOptions(["--cache-like-stage", "production"], {}, "/d")).toMatchObject({ cacheLikeStage: "production" });
    expect(parseStackOptions([], { LINKGATE_CACHE_LIKE_STAGE: "production" }, "/d")).toMatchObject({ cacheLikeStage: "production" });
    expect(() => parseStackOptions(["--cache-like-stage", " "], {}, "/d")).toThrow("--cache-like-stage / LINKGATE_CACHE_LIKE_STAGE: name an SST stage");
  });

  it("refuses unknown flags", () => {
    expect(() => parseStackOptions(["--api-prot", "1"], {}, "/d")).toThrow(/api-prot/);
  });
});
