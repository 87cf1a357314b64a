import { existsSync } from "node:fs";
import { api } from "./api";
import { userPool, userPoolClient } from "./auth";

/**
 * The web console (Vite) on S3 + CloudFront. Until `apps/console` exists, a one-page placeholder
 * is deployed instead (and said so at deploy time) so the rest of the stack can ship.
 */
const CONSOLE_DIR = "apps/console";
const PLACEHOLDER_DIR = "infra/console-placeholder";

const hasConsole = existsSync(`${CONSOLE_DIR}/package.json`);
if (!hasConsole) console.warn(`${CONSOLE_DIR} does not exist yet: deploying the placeholder page from ${PLACEHOLDER_DIR}.`);

export const consoleSite = new sst.aws.StaticSite("Console", {
  path: hasConsole ? CONSOLE_DIR : PLACEHOLDER_DIR,
  ...(hasConsole ? { build: { command: "npm run build", output: "dist" } } : {}),
  environment: {
    VITE_API_URL: api.url,
    VITE_USER_POOL_ID: userPool.id,
    VITE_USER_POOL_CLIENT_ID: userPoolClient.id,
    VITE_REGION: aws.getRegionOutput().region,
  },
});
