import { defineConfig } from "vitest/config";

/** Runs the conformance suite against a deployed stage (deployed.test.ts); see README.md. */
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ["deployed.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
