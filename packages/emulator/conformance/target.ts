import { randomBytes } from "node:crypto";

/**
 * Everything the suite knows about the API it tests. It speaks only HTTP to `baseUrl` and the
 * API Gateway management API (through `@aws-sdk/client-api-gateway`) to `management`; so the same
 * suite runs against the emulator (tests/conformance/local.test.ts) and a deployed AWS stage
 * (`targetFromEnv`, README.md).
 */
export interface ConformanceTarget {
  /** Shown in test names. */
  name: string;
  /** The stage's invoke URL without a trailing slash: `https://{id}.execute-api.{region}.amazonaws.com/{stage}`. */
  baseUrl: string;
  restApiId: string;
  stage: string;
  management: {
    /** Absent: the SDK's default AWS endpoint for the region. */
    endpoint?: string;
    region: string;
    /** Absent: the SDK's default credential chain. */
    credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  };
  /**
   * true when throttles and quotas are exact (the emulator); AWS calls its own best-effort, so
   * against AWS the counting cases accept a small overshoot.
   */
  exactUsage: boolean;
  /** Unique per run, put into tokens and names: reruns never meet cached authorizer results or old keys. */
  runId: string;
}

export const newRunId = (): string => randomBytes(6).toString("hex");

export class MissingConformanceSetting extends Error {
  override readonly name = "MissingConformanceSetting";
}

/** Builds a target for a deployed stage from `CONFORMANCE_*` variables (see README.md). */
export function targetFromEnv(env: NodeJS.ProcessEnv = process.env): ConformanceTarget {
  const required = (name: string): string => {
    const value = env[name];
    if (!value) throw new MissingConformanceSetting(`Set ${name} to run the conformance suite against a deployed stage (see packages/emulator/conformance/README.md)`);
    return value;
  };
  const baseUrl = required("CONFORMANCE_BASE_URL").replace(/\/+$/, "");
  const region = env.CONFORMANCE_REGION ?? env.AWS_REGION ?? required("CONFORMANCE_REGION");
  return {
    name: env.CONFORMANCE_TARGET_NAME ?? "deployed stage",
    baseUrl,
    restApiId: required("CONFORMANCE_REST_API_ID"),
    stage: required("CONFORMANCE_STAGE"),
    management: { region, ...(env.CONFORMANCE_CONTROL_PLANE_URL ? { endpoint: env.CONFORMANCE_CONTROL_PLANE_URL } : {}) },
    exactUsage: env.CONFORMANCE_EXACT_USAGE === "true",
    runId: newRunId(),
  };
}
