import { SignUpCommand } from "@aws-sdk/client-cognito-identity-provider";
import { freePort, latestConfirmationCode, localCognitoClient } from "@linkgate/emulator";
import { listeningAddresses } from "@linkgate/emulator/testing";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { StackInfo } from "../src/stack-file";
import { startStackProcess, waitForOutputText, type StackPortSet, type StackProcess } from "./support/stack-process";

const startCli = (dataDir: string, ports: StackPortSet) => startStackProcess(dataDir, ports, { console: true });
const waitForUp = (cli: StackProcess) => waitForOutputText(cli, "Linkgate is up");

describe("npm start: the local stack as a process", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "linkgate-cli-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("starts, writes stack.json, stops on Ctrl-C leaving nothing listening, and a second start reuses ids and data", async () => {
    const ports = { api: await freePort(), controlPlane: await freePort(), cloudwatch: await freePort(), webSocket: await freePort(), dynamodb: await freePort(), cognito: await freePort(), console: await freePort() };
    const first = startCli(dataDir, ports);
    await waitForUp(first);
    const info = JSON.parse(readFileSync(join(dataDir, "stack.json"), "utf8")) as StackInfo;
    expect(info.apiUrl).toBe(`http://127.0.0.1:${ports.api}`);
    expect(info.partner.apiKey.length).toBeGreaterThanOrEqual(20);
    expect(info.consoleUrl).toBe(`http://127.0.0.1:${ports.console}`);
    const page = await fetch(info.consoleUrl!);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("<div id=");
    const created = await fetch(`${info.apiUrl}/v1/links`, {
      method: "POST",
      headers: { "x-api-key": info.partner.apiKey, "content-type": "application/json" },
      body: JSON.stringify({ target: "https://example.com/kept" }),
    });
    expect(created.status).toBe(201);
    const { code } = (await created.json()) as { code: string };

    // A sign-up: the local Cognito sends no email, so the stack prints the code and appends it to the codes file.
    await localCognitoClient(info.cognito.endpoint).send(
      new SignUpCommand({ ClientId: info.cognito.clientId, Username: "signup-cli", Password: "Passw0rd!signup", UserAttributes: [{ Name: "email", Value: "signup-cli@example.test" }] }),
    );
    await expect.poll(() => latestConfirmationCode(info.cognito.confirmationCodesFile, "signup-cli"), { timeout: 10_000 }).toMatch(/^\d{6}$/);
    const signUpCode = latestConfirmationCode(info.cognito.confirmationCodesFile, "signup-cli");
    await expect.poll(() => first.output(), { timeout: 10_000 }).toContain(`Confirmation code for signup-cli (signup-cli@example.test): ${signUpCode}`);

    first.child.kill("SIGINT");
    expect(await first.exited).toBe(0);
    for (const port of Object.values(ports)) expect({ port, listening: listeningAddresses(port) }).toEqual({ port, listening: [] });

    const second = startCli(dataDir, ports);
    try {
      await waitForUp(second);
      const again = JSON.parse(readFileSync(join(dataDir, "stack.json"), "utf8")) as StackInfo;
      expect(again.cognito).toEqual(info.cognito);
      expect(again.partner).toEqual(info.partner);
      expect(again.admin).toEqual(info.admin);
      const kept = await fetch(`${info.apiUrl}/v1/links/${code}`, { headers: { "x-api-key": info.partner.apiKey } });
      expect(kept.status).toBe(200);
    } finally {
      second.child.kill("SIGINT");
      await second.exited;
    }
  }, 300_000);

  it("refuses a port in use with a message that names it, not a stack trace", async () => {
    const blocker = createServer().listen(0, "127.0.0.1");
    await new Promise((resolve) => blocker.once("listening", resolve));
    const taken = (blocker.address() as { port: number }).port;
    const ports = { api: await freePort(), controlPlane: await freePort(), cloudwatch: await freePort(), webSocket: await freePort(), dynamodb: taken, cognito: await freePort(), console: await freePort() };
    const cli = startCli(mkdtempSync(join(tmpdir(), "linkgate-busy-")), ports);
    const code = await cli.exited;
    blocker.close();
    expect(code).toBe(1);
    expect(cli.output()).toContain(`Port ${taken} (DynamoDB Local) is already in use`);
    expect(cli.output()).not.toMatch(/^\s+at /m);
  });
});
