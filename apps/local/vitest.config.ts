import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "tests/**/*.test.ts"],
    // The whole stack once per run: DynamoDB Local, the local Cognito, the emulator, seeded.
    globalSetup: ["tests/support/stack-global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
