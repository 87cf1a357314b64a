export { startEmulator, type Emulator, type EmulatorOptions } from "./emulator";
export * from "./apigateway/index";
export * from "./lambda/index";
export * from "./usage/index";
// Both the stage definition and usage plans name a ThrottleSettings; the stage one is the public name.
export type { ThrottleSettings } from "./apigateway/index";
export type { ThrottleSettings as UsagePlanThrottleSettings } from "./usage/index";
export * from "./control-plane/index";
export * from "./cognito/index";
export { startDynamoDbLocal, type DynamoDbLocal, type DynamoDbLocalOptions } from "./dynamodb/dynamodb-local";
export { JAVA_MISSING_MESSAGE } from "./dynamodb/java";
export { assertPortFree, freePort, spawnOwned, waitForOutput, type OwnedProcess } from "./process/child-process";
export { describeSupervisorEvent, supervise, type ProcessExit, type RestartPolicy, type Supervised, type SupervisorEvent } from "./process/supervisor";
export * from "./cloudwatch/index";
export * from "./websocket/index";
export { compileMetricFilter, type CompiledMetricFilter, type FilterDataPoint, type MetricFilterDefinition } from "./logs/metric-filter";
export * from "./dynamodb-streams/index";
