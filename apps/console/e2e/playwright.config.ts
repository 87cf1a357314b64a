import { chromiumExecutable } from "@linkgate/toolchain";
import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end against the whole local stack (started by global-setup on its own ports and data dir),
 * in the Chromium the toolchain finds (LINKGATE_CHROMIUM, the system's, or one Playwright already
 * has): a test tool's own browser download does not work on these machines.
 */
export default defineConfig({
  testDir: ".",
  testMatch: "*.e2e.ts",
  outputDir: "./.artifacts/results",
  globalSetup: "./global-setup.ts",
  workers: 1,
  // No retries: a flaky test fails CI instead of passing on its second try. No test.only in CI.
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 300_000,
  expect: { timeout: 20_000 },
  reporter: [["list"]],
  use: {
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
});
