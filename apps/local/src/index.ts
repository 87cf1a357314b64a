export { startLocalStack, type LocalStack, type LocalStackOptions } from "./local-stack";
export { DEFAULT_PORTS, parseStackOptions, type StackOptions, type StackPorts } from "./options";
export { repoRoot } from "./repo-root";
export { stackFilePath, type StackInfo } from "./stack-file";
export type { RunningStack } from "./start-stack";
