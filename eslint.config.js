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
);
