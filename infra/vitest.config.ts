import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["mapping/**/*.test.ts", "scripts/**/*.test.ts", "typecheck/**/*.test.ts", "tests/**/*.test.ts"],
    testTimeout: 60_000,
    // The SST platform install (first run on a fresh clone) can take a few minutes.
    hookTimeout: 600_000,
  },
});
