import { api } from "./api";
import { userPool, userPoolClient } from "./auth";
import { live } from "./live";

/** The web console (`apps/console`, built by Vite) on S3 + CloudFront. */
export const consoleSite = new sst.aws.StaticSite("Console", {
  path: "apps/console",
  build: { command: "npm run build", output: "dist" },
  environment: {
    VITE_API_URL: api.url,
    VITE_LIVE_URL: live.url,
    VITE_USER_POOL_ID: userPool.id,
    VITE_USER_POOL_CLIENT_ID: userPoolClient.id,
    VITE_REGION: aws.getRegionOutput().region,
  },
});
