import { randomBytes } from "node:crypto";

/** Region and dummy credentials for SDK clients pointed at local stand-ins (never real AWS). */
export const LOCAL_AWS_ENV = {
  AWS_REGION: "us-east-1",
  AWS_ACCESS_KEY_ID: "local",
  AWS_SECRET_ACCESS_KEY: "local",
} as const;

export function applyLocalAwsEnv(): void {
  Object.assign(process.env, LOCAL_AWS_ENV);
}

/** A table-name prefix unique to one suite, so suites sharing one DynamoDB Local never meet. */
export function uniqueTablePrefix(suite: string): string {
  return `t${randomBytes(4).toString("hex")}-${suite}-`;
}
