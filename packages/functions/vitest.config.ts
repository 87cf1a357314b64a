import { defineConfig } from "vitest/config";

// Units need no stand-ins; integration tests get DynamoDB Local, the control plane and the local
// Cognito (global setup) and their own tables, REST API id and environment (setup file).
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["src/**/*.test.ts"] } },
      { extends: true, test: { name: "integration", include: ["tests/**/*.test.ts"], globalSetup: ["tests/global-setup.ts"], setupFiles: ["tests/setup.ts"] } },
    ],
  },
});
