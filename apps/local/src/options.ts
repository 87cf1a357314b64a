import { parseArgs } from "node:util";

/** Every port the local stack listens on (127.0.0.1 only). Fixed defaults, so URLs stay stable. */
export interface StackPorts {
  api: number;
  controlPlane: number;
  /** The CloudWatch metrics API (AWS_ENDPOINT_URL_CLOUDWATCH). */
  cloudwatch: number;
  /** The live (WebSocket) API, and its `@connections` management API on the same port. */
  webSocket: number;
  dynamodb: number;
  cognito: number;
  console: number;
}

export interface StackOptions {
  ports: StackPorts;
  /** Where DynamoDB Local, the local Cognito and the control plane keep their data. */
  dataDir: string;
  /** Rebuild a function when its source changes. */
  watch: boolean;
  /** Serve the web console (Vite) on `ports.console`. */
  console: boolean;
  /** Serve with the stage cache SST deploys for this SST stage (`production`); absent: none, as the local stage has. */
  cacheLikeStage?: string;
}

export const DEFAULT_PORTS: StackPorts = { api: 3100, controlPlane: 3101, dynamodb: 3102, cognito: 3103, console: 3104, cloudwatch: 3105, webSocket: 3106 };

const PORT_FLAGS = {
  api: ["api-port", "LINKGATE_API_PORT"],
  controlPlane: ["control-plane-port", "LINKGATE_CONTROL_PLANE_PORT"],
  cloudwatch: ["cloudwatch-port", "LINKGATE_CLOUDWATCH_PORT"],
  webSocket: ["websocket-port", "LINKGATE_WEBSOCKET_PORT"],
  dynamodb: ["dynamodb-port", "LINKGATE_DYNAMODB_PORT"],
  cognito: ["cognito-port", "LINKGATE_COGNITO_PORT"],
  console: ["console-port", "LINKGATE_CONSOLE_PORT"],
} as const satisfies Record<keyof StackPorts, readonly [string, string]>;

export const USAGE = `Usage: npm start -- [options]

Options (each also from the environment variable shown):
${Object.values(PORT_FLAGS)
  .map(([flag, env]) => `  --${flag} <port>`.padEnd(30) + env)
  .join("\n")}
  --data-dir <dir>            LINKGATE_DATA_DIR (default: <repo>/.linkgate)
  --no-watch                  do not rebuild functions when their source changes
  --no-console                do not serve the web console
  --cache-like-stage <stage>  LINKGATE_CACHE_LIKE_STAGE: the stage cache of that SST stage (production)
  --help`;

/** Parses flags (which win) and environment variables; throws a message naming the bad value. */
export function parseStackOptions(argv: string[], env: NodeJS.ProcessEnv, defaultDataDir: string): StackOptions | "help" {
  const portOptions = Object.fromEntries(Object.values(PORT_FLAGS).map(([flag]) => [flag, { type: "string" as const }]));
  const { values } = parseArgs({
    args: argv,
    options: { ...portOptions, "data-dir": { type: "string" }, "no-watch": { type: "boolean" }, "no-console": { type: "boolean" }, "cache-like-stage": { type: "string" }, help: { type: "boolean" } },
    strict: true,
  });
  if (values.help) return "help";
  const ports = { ...DEFAULT_PORTS };
  for (const [key, [flag, envName]] of Object.entries(PORT_FLAGS) as [keyof StackPorts, readonly [string, string]][]) {
    const raw = (values as Record<string, unknown>)[flag] ?? env[envName];
    if (raw !== undefined) ports[key] = parsePort(String(raw), `--${flag} / ${envName}`);
  }
  const taken = Object.entries(ports).filter(([, port], i, all) => all.findIndex(([, p]) => p === port) !== i);
  if (taken.length > 0) throw new Error(`Two services cannot share port ${taken[0]?.[1]}: give each its own port.`);
  return {
    ports,
    dataDir: (values["data-dir"] as string | undefined) ?? env.LINKGATE_DATA_DIR ?? defaultDataDir,
    watch: !values["no-watch"],
    console: !values["no-console"],
    ...cacheLikeStageOf((values["cache-like-stage"] as string | undefined) ?? env.LINKGATE_CACHE_LIKE_STAGE),
  };
}

function parsePort(raw: string, name: string): number {
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port < 1 || port > 65_535) throw new Error(`${name}: '${raw}' is not a port (1–65535).`);
  if (port === 9229) throw new Error(`${name}: 9229 is Node's inspector port; choose another.`);
  return port;
}

function cacheLikeStageOf(stage: string | undefined): { cacheLikeStage?: string } {
  if (stage === undefined) return {};
  if (stage.trim() === "") throw new Error("--cache-like-stage / LINKGATE_CACHE_LIKE_STAGE: name an SST stage (production).");
  return { cacheLikeStage: stage };
}
