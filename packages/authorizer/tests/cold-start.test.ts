import { execFile } from "node:child_process";
import { dirname } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { bundleAuthorizer } from "../bench/bundle";

const run = promisify(execFile);
let bundleFile: string;

/** Imports the shipped bundle in a fresh Node process, as a Lambda cold start does; returns what it printed. */
async function coldStart(env: Record<string, string>): Promise<{ ok: boolean; output: string }> {
  const script = `await import(${JSON.stringify(pathToFileURL(bundleFile).href)}); console.log("LOADED");`;
  const base = { PATH: process.env.PATH ?? "", AWS_REGION: "us-east-1", AWS_ACCESS_KEY_ID: "local", AWS_SECRET_ACCESS_KEY: "local" };
  try {
    const { stdout, stderr } = await run(process.execPath, ["--input-type=module", "-e", script], { env: { ...base, ...env }, cwd: dirname(bundleFile) });
    return { ok: stdout.includes("LOADED"), output: stdout + stderr };
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${failed.stdout ?? ""}${failed.stderr ?? ""}` };
  }
}

const LINKS = {
  SST_RESOURCE_App: JSON.stringify({ name: "linkgate", stage: "test" }),
  SST_RESOURCE_UserPool: JSON.stringify({ id: "us-east-1_AbCdEfGhI" }),
  SST_RESOURCE_UserPoolClient: JSON.stringify({ id: "client123" }),
  SST_RESOURCE_Owners: JSON.stringify({ name: "linkgate-test-Owners" }),
};

describe("the shipped bundle validates its configuration at cold start", () => {
  beforeAll(async () => {
    ({ file: bundleFile } = await bundleAuthorizer("test"));
  });

  it("fails to load without SST links, naming the variable", async () => {
    const result = await coldStart({});
    expect(result.ok).toBe(false);
    expect(result.output).toContain("Authorizer configuration: SST_RESOURCE_UserPool is missing");
  });

  it("fails to load when one link is missing, naming that one", async () => {
    const { SST_RESOURCE_Owners: _omitted, ...withoutOwners } = LINKS;
    const result = await coldStart(withoutOwners);
    expect(result.ok).toBe(false);
    expect(result.output).toContain("SST_RESOURCE_Owners is missing");
  });

  it("refuses a local http issuer when local mode is not on", async () => {
    const result = await coldStart({ ...LINKS, LINKGATE_LOCAL_COGNITO_ISSUER: "http://127.0.0.1:9/local_abc" });
    expect(result.ok).toBe(false);
    expect(result.output).toContain("LINKGATE_LOCAL_COGNITO_ISSUER is set but LINKGATE_AUTH_MODE is not \"local\"");
  });

  it("loads in local mode even when the JWKS cannot be fetched yet (keys are fetched on first use)", async () => {
    // Port 9 on 127.0.0.1: nothing listens, so hydration fails fast without leaving the machine.
    const result = await coldStart({ ...LINKS, SST_RESOURCE_UserPool: JSON.stringify({ id: "local_abc" }), LINKGATE_AUTH_MODE: "local", LINKGATE_LOCAL_COGNITO_ISSUER: "http://127.0.0.1:9/local_abc" });
    expect(result.output).toContain("could not load the signing keys at cold start");
    expect(result.ok).toBe(true);
  });
});
