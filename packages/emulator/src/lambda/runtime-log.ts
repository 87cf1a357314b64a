/** One structured log line from the runtime; every line about an invocation carries its request id. */
export interface RuntimeLogEntry {
  level: "INFO" | "WARN" | "ERROR";
  message: string;
  functionName?: string;
  requestId?: string;
  [field: string]: unknown;
}

export type RuntimeLogger = (entry: RuntimeLogEntry) => void;

/** Default: one JSON object per line on stderr. */
export const jsonLineLogger: RuntimeLogger = (entry) => {
  process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), source: "lambda-runtime", ...entry })}\n`);
};
