export { ensureTools, locateTool, whatToDo } from "./ensure";
export { chromiumExecutable, javaExecutable } from "./executables";
export { assertNodeVersion, REQUIRED_NODE_MAJOR } from "./node-version";
export { findOnPath, systemProbes, type Probes } from "./probes";
export { findTool, ToolchainError, type Found, type ToolSpec } from "./tool";
export { chromium, java, toolsByName } from "./tools";
