import { defineConformanceSuite, targetFromEnv } from "./suite";

/**
 * The conformance suite against a deployed stage, configured from CONFORMANCE_* variables
 * (README.md). Not part of the package's `vitest run`: run it with `vitest run -c conformance/vitest.config.ts`.
 */
defineConformanceSuite(() => targetFromEnv());
