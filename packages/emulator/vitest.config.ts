import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "tests/**/*.test.ts"],
    // DynamoDB Local and worker cold starts are slow on a loaded two-core machine; tests never assert on time.
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
