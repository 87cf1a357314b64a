import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "tests/**/*.test.ts"],
    // One in-memory DynamoDB Local per run (the Owners table); each suite starts its own local Cognito.
    globalSetup: ["tests/dynamodb.global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
