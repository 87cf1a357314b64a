import { ToolchainError } from "./tool";

/** Lambda's runtime is nodejs22.x (infra/api.ts), so the npm scripts run Node 22 too. */
export const REQUIRED_NODE_MAJOR = 22;

/** Throws a one-line ToolchainError saying how to get Node 22 when `version` is older. */
export function assertNodeVersion(version: string): void {
  const major = Number.parseInt(version.replace(/^v/, ""), 10);
  if (major >= REQUIRED_NODE_MAJOR) return;
  throw new ToolchainError(
    `Node ${REQUIRED_NODE_MAJOR} is needed (AWS Lambda runs nodejs${REQUIRED_NODE_MAJOR}.x) but this is Node ${version}: ` +
      `\`npm install\` brings it (the pinned \`node\` devDependency, first on every npm script's PATH), or install Node ${REQUIRED_NODE_MAJOR}.`,
  );
}
