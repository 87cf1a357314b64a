import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

// Component and session tests run in happy-dom; the end-to-end suite (e2e/) is Playwright's.
export default defineConfig({
  plugins: [react()],
  test: {
    include: ["src/**/*.test.{ts,tsx}"],
    environment: "happy-dom",
    setupFiles: ["./src/testing/setup-tests.ts"],
    testTimeout: 15_000,
  },
});
