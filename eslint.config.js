// One lint config for the workspace. Package boundaries (DESIGN.md) are enforced here.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["**/node_modules/**", "**/dist/**", "**/.sst/**", "**/.linkgate/**", "**/coverage/**", "**/sst-env.d.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-restricted-syntax": [
        "error",
        { selector: "MemberExpression[object.name=/^(it|test|describe)$/][property.name=/^(only|skip|todo)$/]", message: "No skipped or focused tests." },
      ],
    },
  },
  {
    // contract depends on zod only; the console and contract never see the domain or AWS.
    files: ["packages/contract/**/*.ts", "apps/console/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@linkgate/core", "@linkgate/functions", "@linkgate/emulator", "dynamoose", "@aws-sdk/client-dynamodb"], message: "contract/console must not depend on the domain or data layer." }] }],
    },
  },
  {
    // core knows nothing about HTTP, Lambda events or API Gateway (its tests and bench may start DynamoDB Local).
    files: ["packages/core/**/*.ts"],
    ignores: ["packages/core/tests/**", "packages/core/bench/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@linkgate/functions", "@linkgate/emulator", "@types/aws-lambda", "aws-lambda"], message: "core must not know about HTTP or Lambda." }] }],
    },
  },
  {
    // The authorizer's cold start: its Lambda code takes contract and core facts from their import-free entries only.
    files: ["packages/authorizer/src/**/*.ts"],
    ignores: ["packages/authorizer/src/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ["@linkgate/contract", "@linkgate/core"].map((name) => ({ name, message: "Bundles zod or dynamoose into the authorizer: import @linkgate/contract/groups or @linkgate/core/owner-id." })),
          patterns: [{ group: ["zod", "dynamoose"], message: "Not in the authorizer's bundle (cold start)." }],
        },
      ],
    },
  },
  {
    // The emulator is generic offline AWS: this app's facts (routes, group names) reach it from its callers.
    files: ["packages/emulator/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@linkgate/contract", "@linkgate/core", "@linkgate/functions", "@linkgate/authorizer", "@linkgate/local", "@linkgate/console", "@linkgate/infra"].flatMap((name) => [name, `${name}/*`]), message: "The emulator knows nothing of Linkgate: take it as input." }] }],
    },
  },
  {
    // utc-calendar is dependency-free, so the contract and the authorizer-side packages can take it at no cost.
    files: ["packages/utc-calendar/src/**/*.ts"],
    ignores: ["packages/utc-calendar/src/**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ regex: "^[^.]", message: "utc-calendar imports nothing but its own files." }] }],
    },
  },
);
