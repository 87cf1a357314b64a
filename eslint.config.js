// One lint config for the workspace, and the package boundaries it enforces (README.md, "Layout"):
// declared packages only, other workspace packages only through their `exports`, and the bans below.
// Import cycles are dependency-cruiser's to find (.dependency-cruiser.mjs), type-only imports included.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import js from "@eslint/js";
import importX, { createNodeResolver } from "eslint-plugin-import-x";
import tseslint from "typescript-eslint";

const rootDir = dirname(fileURLToPath(import.meta.url));
const readManifest = (dir) => JSON.parse(readFileSync(join(rootDir, dir, "package.json"), "utf8"));

/** Workspace directories relative to the root, from the root package.json (`packages/*`, `infra`). */
const workspaceDirs = readManifest(".").workspaces.flatMap((pattern) =>
  pattern.endsWith("/*")
    ? readdirSync(join(rootDir, pattern.slice(0, -2)), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => `${pattern.slice(0, -2)}/${entry.name}`)
    : [pattern],
);
const workspaces = workspaceDirs.map((dir) => ({ dir, manifest: readManifest(dir) }));

// Cycles are checked by each package's own lint script; a package added without it would go unchecked.
const withoutCycleCheck = workspaces.filter(({ manifest }) => !manifest.scripts?.lint?.includes("depcruise --config "));
if (withoutCycleCheck.length > 0) {
  throw new Error(`The lint script of ${withoutCycleCheck.map((w) => w.dir).join(", ")} must also run \`depcruise --config <root>/.dependency-cruiser.mjs .\` (import cycles).`);
}
const byName = new Map(workspaces.map((w) => [w.manifest.name, w]));

/** What `import "<specifier>"` may name in a workspace package: its own and its declared packages' exports. */
function allowedSpecifiers({ manifest }) {
  const declared = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies, ...manifest.peerDependencies });
  return [manifest.name, ...declared]
    .map((name) => byName.get(name))
    .filter((w) => w !== undefined)
    .flatMap((w) => exportedSubpaths(w.manifest).map((key) => (key === "." ? w.manifest.name : `${w.manifest.name}/${key.slice(2)}`)));
}

/** `"exports": "./x.ts"` (or none) exports only the package itself; an object, each of its keys. */
function exportedSubpaths({ exports }) {
  return exports === undefined || typeof exports === "string" ? ["."] : Object.keys(exports);
}

const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** Any `@linkgate/…` specifier but the allowed ones (every workspace package is in that scope). */
function declaredPackagesOnly(workspace) {
  const allowed = allowedSpecifiers(workspace);
  const alternatives = allowed.map((specifier) => escapeRegex(specifier.slice("@linkgate/".length))).join("|");
  return {
    regex: `^@linkgate/(?!(?:${alternatives})$)`,
    message: `${workspace.manifest.name} may import only the workspace packages its package.json declares, and only through their exports: ${allowed.join(", ")}.`,
  };
}

const banned = (names, message) => ({ group: names.flatMap((name) => [name, `${name}/**`]), message });

/**
 * What a package must never import, whatever its package.json says. They join the declared-packages
 * rule in one `no-restricted-imports` (a later block for the same files would replace it, not add to it).
 */
const bans = {
  // The emulator is generic offline AWS: this app's facts (routes, group names) reach it from its callers.
  "packages/emulator": { files: ["**"], patterns: [banned(["@linkgate/contract", "@linkgate/core", "@linkgate/functions", "@linkgate/authorizer", "@linkgate/local", "@linkgate/console", "@linkgate/infra"], "The emulator knows nothing of Linkgate: take it as input.")] },
  // contract depends on zod only; the console and contract never see the domain or AWS.
  "packages/contract": { files: ["**"], patterns: [banned(["@linkgate/core", "@linkgate/functions", "@linkgate/emulator", "dynamoose", "@aws-sdk/client-dynamodb"], "contract/console must not depend on the domain or data layer.")] },
  "apps/console": { files: ["**"], patterns: [banned(["@linkgate/core", "@linkgate/functions", "@linkgate/emulator", "dynamoose", "@aws-sdk/client-dynamodb"], "contract/console must not depend on the domain or data layer.")] },
  // core knows nothing about HTTP, Lambda events or API Gateway (its tests and bench may start DynamoDB Local).
  "packages/core": { files: ["src/**"], patterns: [banned(["@linkgate/functions", "@linkgate/emulator", "@types/aws-lambda", "aws-lambda"], "core must not know about HTTP or Lambda.")] },
  // The authorizer's cold start: its Lambda code takes contract and core facts from their import-free entries only.
  "packages/authorizer": {
    files: ["src/**"],
    ignores: ["src/**/*.test.ts"],
    paths: ["@linkgate/contract", "@linkgate/core"].map((name) => ({ name, message: "Bundles zod or dynamoose into the authorizer: import @linkgate/contract/groups or @linkgate/core/owner-id." })),
    patterns: [{ group: ["zod", "zod/**", "dynamoose", "dynamoose/**"], message: "Not in the authorizer's bundle (cold start)." }],
  },
  // utc-calendar is dependency-free, so the contract and the authorizer-side packages can take it at no cost.
  "packages/utc-calendar": { files: ["src/**"], ignores: ["src/**/*.test.ts"], patterns: [{ regex: "^[^.]", message: "utc-calendar imports nothing but its own files." }] },
};

/** Files that are not shipped code: they may import devDependencies (the package's and the root's). */
const devOnlyFiles = ["**/*.test.{ts,tsx}", "tests/**", "bench/**", "conformance/**", "e2e/**", "scripts/**", "typecheck/**", "src/testing/**", "src/testing.ts", "*.config.ts"];

const sourceFiles = "**/*.{ts,tsx,js,mjs,cjs}";

function boundaryBlocks(workspace) {
  const { dir } = workspace;
  const declared = declaredPackagesOnly(workspace);
  const blocks = [
    {
      files: [`${dir}/${sourceFiles}`],
      rules: {
        "no-restricted-imports": ["error", { patterns: [declared] }],
        "import-x/no-extraneous-dependencies": [
          "error",
          {
            packageDir: [join(rootDir, dir), rootDir],
            devDependencies: devOnlyFiles.map((glob) => join(rootDir, dir, glob)),
            includeInternal: true,
          },
        ],
      },
    },
  ];
  const ban = bans[dir];
  if (ban) {
    const inDir = (glob) => `${dir}/${glob === "**" ? sourceFiles : glob}`;
    blocks.push({
      files: ban.files.map(inDir),
      ...(ban.ignores ? { ignores: ban.ignores.map(inDir) } : {}),
      rules: { "no-restricted-imports": ["error", { ...(ban.paths ? { paths: ban.paths } : {}), patterns: [declared, ...ban.patterns] }] },
    });
  }
  return blocks;
}

export default tseslint.config(
  { ignores: ["**/node_modules/**", "**/dist/**", "**/.sst/**", "**/.linkgate/**", "**/coverage/**", "**/sst-env.d.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "import-x": importX },
    settings: {
      // Resolves like Node and the bundler: workspace packages through their `exports`, TypeScript sources by extension.
      "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".tsx", ".mts", ".cts", ".js", ".mjs", ".cjs", ".json", ".d.ts"] })],
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-restricted-syntax": [
        "error",
        { selector: "MemberExpression[object.name=/^(it|test|describe)$/][property.name=/^(only|skip|todo)$/]", message: "No skipped or focused tests." },
      ],
      // A relative path into another package bypasses its `exports`.
      "import-x/no-relative-packages": "error",
    },
  },
  ...workspaces.flatMap(boundaryBlocks),
  {
    // SST requires sst.config.ts at the root and its run() to import infra/ by relative path; it is infra's (infra lints it).
    files: ["sst.config.ts"],
    rules: { "import-x/no-relative-packages": "off" },
  },
);
