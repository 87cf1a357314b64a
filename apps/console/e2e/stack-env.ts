import { readFileSync } from "node:fs";

/** What global-setup hands the tests (through a file named by LINKGATE_E2E_STATE). */
export interface E2eState {
  consoleUrl: string;
  apiUrl: string;
  controlPlaneUrl: string;
  cognitoEndpoint: string;
  userPoolId: string;
  clientId: string;
  admin: { username: string; password: string };
  user: { username: string; password: string };
  partner: { id: string; apiKey: string; plan: string };
  /** Where the stack writes its log, when global-setup started it. */
  stackLog: string | undefined;
  /** The local Cognito's confirmation codes, JSON lines (stack.json `cognito.confirmationCodesFile`). */
  confirmationCodesFile: string;
}

export const STATE_ENV = "LINKGATE_E2E_STATE";

export function readE2eState(): E2eState {
  const path = process.env[STATE_ENV];
  if (!path) throw new Error(`${STATE_ENV} is not set: run the suite with 'npm run e2e' (playwright test -c e2e/playwright.config.ts).`);
  return JSON.parse(readFileSync(path, "utf8")) as E2eState;
}
