import { execFile } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Loads a handler module in a fresh Node process, as a Lambda cold start does, with only `env`. */
async function coldStart(handlerFile: string, env: Record<string, string>, then = 'console.log("loaded");'): Promise<{ ok: boolean; output: string }> {
  const script = `const { handler } = await import(${JSON.stringify(join(packageDir, "src/handlers", handlerFile))}); ${then}`;
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: packageDir, env: { PATH: process.env.PATH ?? "", ...env } });
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${failed.stdout ?? ""}${failed.stderr ?? ""}` };
  }
}

describe("cold start", () => {
  it("fails to load a function whose configuration is missing, naming every missing variable", async () => {
    const result = await coldStart("redirect.ts", { SST_RESOURCE_App: JSON.stringify({ name: "linkgate", stage: "test" }) });
    expect(result.ok).toBe(false);
    expect(result.output).toContain("FunctionsConfigError");
    expect(result.output).toMatch(/table Links: set SST_RESOURCE_Links/);
    expect(result.output).toMatch(/cursor secret: set SST_RESOURCE_CursorSecret .* or LINKGATE_CURSOR_SECRET/);
  });

  it("loads with the environment the local stack gives it", async () => {
    const links = Object.fromEntries(Object.entries(process.env).filter(([name]) => name.startsWith("SST_RESOURCE_")));
    const result = await coldStart("redirect.ts", { ...(links as Record<string, string>), AWS_REGION: "us-east-1" });
    expect(result.output).toContain("loaded");
    expect(result.ok).toBe(true);
  });

  it("logs JSON lines carrying the Lambda and API request ids", async () => {
    const links = Object.fromEntries(Object.entries(process.env).filter(([name]) => name.startsWith("SST_RESOURCE_")));
    const testing = JSON.stringify(join(packageDir, "src/testing/index.ts"));
    const invoke = `const t = await import(${testing});
      const event = t.proxyEvent({ route: "getMe" });
      const context = t.lambdaContext("get-me");
      const answer = await handler(event, context);
      console.log(JSON.stringify({ marker: "ids", status: answer.statusCode, lambda: context.awsRequestId, api: event.requestContext.requestId }));`;
    const result = await coldStart("get-me.ts", { ...(links as Record<string, string>), AWS_REGION: "us-east-1", POWERTOOLS_LOG_LEVEL: "INFO", POWERTOOLS_METRICS_DISABLED: "true" }, invoke);
    const lines = result.output.split("\n").filter((line) => line.startsWith("{")).map((line) => JSON.parse(line) as Record<string, unknown>);
    const ids = lines.find((line) => line.marker === "ids");
    const logged = lines.filter((line) => line.level !== undefined);
    expect(ids?.status).toBe(401);
    expect(logged.length).toBeGreaterThan(0);
    for (const line of logged) expect(line).toMatchObject({ function_request_id: ids?.lambda, apiRequestId: ids?.api, route: "getMe" });
  });
});
