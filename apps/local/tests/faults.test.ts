import { APIGatewayClient, GetUsageCommand, GetUsagePlansCommand } from "@aws-sdk/client-api-gateway";
import { CognitoIdentityProviderClient, InitiateAuthCommand } from "@aws-sdk/client-cognito-identity-provider";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { partnerOwnerId } from "@linkgate/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StackInfo } from "../src/stack-file";
import { stackTables } from "./support/owner-links";
import { adminApi, childPidOf, freeStackPorts, readStackInfo, startStackProcess, waitForOutputText, type StackPortSet, type StackProcess } from "./support/stack-process";
import { isProcessAlive as alive } from "@linkgate/emulator/testing";

const LOCAL = { region: "us-east-1", credentials: { accessKeyId: "local", secretAccessKey: "local" }, maxAttempts: 1 };
/** How far before a SIGKILL DynamoDB Local's acknowledged writes may not have reached its disk. */
const DYNAMODB_LOCAL_LOSS_WINDOW_MS = 1_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Answer {
  status: number;
  /** When the answer arrived (epoch ms). */
  at: number;
  code?: string;
  retryAfter: string | null;
  errorCode?: string;
}

async function createLink(info: StackInfo, apiKey: string, n: number): Promise<Answer> {
  try {
    const response = await fetch(`${info.apiUrl}/v1/links`, {
      method: "POST",
      headers: { "x-api-key": apiKey, "content-type": "application/json" },
      body: JSON.stringify({ target: `https://example.com/fault/${n}` }),
    });
    const body = (await response.json()) as { code?: string };
    return { status: response.status, at: Date.now(), retryAfter: response.headers.get("retry-after"), ...(response.status === 201 ? { code: body.code } : { errorCode: body.code }) };
  } catch {
    return { status: 0, at: Date.now(), retryAfter: null };
  }
}

describe("faults: the stack survives its parts failing", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "linkgate-faults-"));
  let ports: StackPortSet;
  let stack: StackProcess;
  let info: StackInfo;

  beforeAll(async () => {
    ports = await freeStackPorts();
    stack = startStackProcess(dataDir, ports);
    await waitForOutputText(stack, "Linkgate is up");
    info = readStackInfo(dataDir);
  });
  afterAll(async () => {
    if (stack.child.exitCode === null) {
      stack.child.kill("SIGINT");
      await stack.exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("DynamoDB Local killed by SIGKILL under 8 writers: only 503s meanwhile, writes succeed after its restart, nothing half-written", async () => {
    const admin = await adminApi(info);
    const created = await admin.call("createPartner", { body: { name: "Fault writer", contactEmail: "writer@linkgate.local", planId: "enterprise" } });
    const apiKey = created.apiKey.value;
    const answers: Answer[] = [];
    const phase = { killed: false, recoveredAt: -1, stop: false };
    let n = 0;
    const writer = async () => {
      while (!phase.stop) {
        answers.push(await createLink(info, apiKey, n++));
        await sleep(10);
      }
    };
    const writers = Promise.all(Array.from({ length: 8 }, writer));
    const successes = () => answers.filter((a) => a.status === 201).length;
    while (successes() < 40) await sleep(20);

    const from = stack.output().length;
    const killedAt = Date.now();
    process.kill(childPidOf(stack.child.pid!, "DynamoDBLocal"), "SIGKILL");
    await waitForOutputText(stack, /✗ DynamoDB Local was killed by SIGKILL; restarting it/, from);
    await waitForOutputText(stack, "✓ DynamoDB Local is back", from);
    const backAt = Date.now();
    phase.recoveredAt = answers.length;
    const before = successes();
    while (successes() < before + 40) await sleep(20);
    phase.stop = true;
    await writers;

    const statuses = new Set(answers.map((a) => a.status));
    expect([...statuses].sort()).toEqual([201, 503]);
    for (const refused of answers.filter((a) => a.status === 503)) {
      expect(refused).toMatchObject({ errorCode: "unavailable", retryAfter: expect.stringMatching(/^\d+$/) });
    }
    // The access log shows the 503s too.
    expect(stack.output()).toMatch(/"resourcePath":"\/v1\/links"[^\n]*"status":503/);

    const tables = stackTables(info);
    const created201 = answers.filter((a) => a.status === 201);
    const codes = created201.map((a) => a.code!);
    // DynamoDB Local (not DynamoDB) can lose a write it acknowledged in its last moments before a
    // SIGKILL: seen for a 201 answered 5 ms before the kill. Those, and only those, may be missing.
    const lost: string[] = [];
    for (const answer of created201) {
      const exists = await tables.linkExists(answer.code!);
      if (answer.at < killedAt - DYNAMODB_LOCAL_LOSS_WINDOW_MS || answer.at > backAt) expect(exists, `link ${answer.code} answered 201`).toBe(true);
      else if (!exists) lost.push(answer.code!);
    }
    const ownerId = partnerOwnerId(created.partner.id);
    const stored = (await tables.linkCodesOf(ownerId)).length;
    const counted = await tables.linkCountOf(ownerId);
    // Nothing half-written: a lost write took its counter increment with it (one transaction).
    expect(counted).toBe(stored);
    expect(stored).toBe(codes.length - lost.length);
    console.log(supervisionLines(stack, from));
    console.log(`DynamoDB kill: ${answers.length} requests, ${codes.length} × 201, ${answers.filter((a) => a.status === 503).length} × 503, links stored ${stored}, owner count ${counted}, lost by DynamoDB Local at the kill ${lost.length}`);
  });

  it("DynamoDB Local frozen (SIGSTOP, alive but silent): writes answer 503 before the function timeout, and succeed once it runs again", async () => {
    const admin = await adminApi(info);
    const created = await admin.call("createPartner", { body: { name: "Frozen writer", contactEmail: "frozen@linkgate.local", planId: "enterprise" } });
    const apiKey = created.apiKey.value;
    expect((await createLink(info, apiKey, 0)).status).toBe(201);

    const javaPid = childPidOf(stack.child.pid!, "DynamoDBLocal");
    const from = stack.output().length;
    process.kill(javaPid, "SIGSTOP");
    let frozen: Answer[];
    try {
      // A frozen process accepts connections (the kernel does) and never answers: only the SDK
      // clients' own timeouts end these requests. Without them each would run into the function's
      // timeout and come back as the gateway's 502.
      frozen = await Promise.all(Array.from({ length: 4 }, (_, i) => createLink(info, apiKey, 1 + i)));
    } finally {
      process.kill(javaPid, "SIGCONT");
    }
    for (const answer of frozen) expect(answer).toMatchObject({ status: 503, errorCode: "unavailable", retryAfter: expect.stringMatching(/^\d+$/) });

    const after = await createLink(info, apiKey, 99);
    expect(after.status).toBe(201);
    // Writes sent into the freeze may still land once DynamoDB runs again (as on AWS: a 503 means
    // "unknown, retry with the Idempotency-Key"); what must hold is that nothing is half-written.
    const tables = stackTables(info);
    const ownerId = partnerOwnerId(created.partner.id);
    expect(await tables.linkCountOf(ownerId)).toBe((await tables.linkCodesOf(ownerId)).length);
    // A frozen process has not died: the supervisor leaves it alone.
    expect(stack.output().slice(from)).not.toMatch(/✗ DynamoDB Local/);
    console.log(`DynamoDB freeze: ${frozen.length} × ${[...new Set(frozen.map((a) => a.status))].join("/")} while frozen, then ${after.status}`);
  });

  it("the local Cognito killed: sign-in fails while it is down, no unverifiable token is admitted, sign-in works after its restart", async () => {
    const cognito = new CognitoIdentityProviderClient({ ...LOCAL, endpoint: info.cognito.endpoint });
    const signIn = () =>
      cognito.send(new InitiateAuthCommand({ ClientId: info.cognito.clientId, AuthFlow: "USER_PASSWORD_AUTH", AuthParameters: { USERNAME: info.user.username, PASSWORD: info.user.password } }));
    expect((await signIn()).AuthenticationResult?.AccessToken).toBeTruthy();

    const from = stack.output().length;
    process.kill(childPidOf(stack.child.pid!, "cognito-local"), "SIGKILL");
    await waitForOutputText(stack, /✗ The local Cognito was killed by SIGKILL; restarting it/, from);
    const whileDown = await signIn().then(
      () => "signed in",
      (error: Error) => error.message,
    );
    // Down, or already back if the restart beat us: either way no stale success is made up.
    if (!stack.output().slice(from).includes("✓ The local Cognito is back")) expect(whileDown).toMatch(/ECONNREFUSED|socket hang up|ECONNRESET/);
    const forged = `eyJhbGciOiJSUzI1NiIsImtpZCI6InVua25vd24ifQ.${Buffer.from(JSON.stringify({ sub: "x", token_use: "access" })).toString("base64url")}.c2ln`;
    const me = await fetch(`${info.apiUrl}/me`, { headers: { authorization: `Bearer ${forged}` } });
    expect(me.status).toBe(401);

    await waitForOutputText(stack, "✓ The local Cognito is back", from);
    expect((await signIn()).AuthenticationResult?.AccessToken).toBeTruthy();
    console.log(supervisionLines(stack, from));
  });

  it("the whole stack killed by SIGKILL while a partner spends quota: its children go too, and a restart keeps every counted call and the demo partner", async () => {
    const apiGateway = () => new APIGatewayClient({ ...LOCAL, endpoint: info.controlPlaneUrl });
    const javaPid = childPidOf(stack.child.pid!, "DynamoDBLocal");
    let answered = 0;
    let stop = false;
    const spender = async () => {
      while (!stop) {
        const response = await fetch(`${info.apiUrl}/v1/links?limit=1`, { headers: { "x-api-key": info.partner.apiKey } }).catch(() => undefined);
        if (!response) return;
        await response.arrayBuffer();
        if (response.status === 200) answered++;
      }
    };
    const spenders = Promise.all(Array.from({ length: 4 }, spender));
    while (answered < 30) await sleep(5);
    stack.child.kill("SIGKILL");
    await stack.exited;
    const counted = answered;
    stop = true;
    await spenders;
    for (let waited = 0; alive(javaPid) && waited < 15_000; waited += 50) await sleep(50);
    expect(alive(javaPid)).toBe(false);

    rmSync(join(dataDir, "stack.json"));
    const before = info;
    stack = startStackProcess(dataDir, ports);
    await waitForOutputText(stack, "Linkgate is up");
    info = readStackInfo(dataDir);

    expect(info.partner).toEqual(before.partner);
    const admin = await adminApi(info);
    const partners = await admin.call("listPartners", { query: { limit: 100 } });
    expect(partners.items.filter((p) => p.name === "Demo partner")).toHaveLength(1);
    const partner = await admin.call("getPartner", { path: { partnerId: info.partner.id } });
    const today = new Date().toISOString().slice(0, 10);
    expect(partner.planId).toBe("free");
    const usage = await apiGateway().send(new GetUsageCommand({ usagePlanId: await freePlanId(apiGateway()), keyId: partner.apiKeyId!, startDate: today, endDate: today }));
    const used = Object.values(usage.items ?? {}).flat().reduce((sum, [day]) => sum + (day ?? 0), 0);
    expect(used).toBeGreaterThanOrEqual(counted);
    expect(stack.output()).not.toMatch(/NodeVersionSupportWarning|ExperimentalWarning|DeprecationWarning/);
    console.log(`Stack kill: ${counted} calls answered before the kill, ${used} counted after the restart`);
  });
});

/** What the stack said about its children since `from`: deaths, restarts and their down time. */
function supervisionLines(stack: StackProcess, from: number): string {
  return stack.output().slice(from).split("\n").filter((line) => /[✗✓]/.test(line)).map((line) => line.trim()).join("\n");
}

async function freePlanId(client: APIGatewayClient): Promise<string> {
  const plans = await client.send(new GetUsagePlansCommand({}));
  const id = plans.items?.find((plan) => plan.name === "Free" || plan.name === "free")?.id;
  if (!id) throw new Error(`No Free usage plan among ${JSON.stringify(plans.items?.map((p) => p.name))}`);
  return id;
}
