import type { LambdaErrorBody } from "./worker-protocol";

/** How one invocation ended in its worker. */
export type WorkerOutcome = { kind: "ok"; payload: unknown } | { kind: "error"; error: LambdaErrorBody };

/**
 * Lambda's limit on a synchronous invocation's response: 6,291,556 bytes of JSON. Over it, Lambda
 * answers with a function error, and API Gateway with 502 INTEGRATION_FAILURE (public capture:
 * DataBiosphere/azul issue 8192, `integration_error: "Lambda Customer Function Error:Response payload
 * size exceeded maximum allowed payload size (6291556 bytes)."`; issue 8258: 5,837,201 bytes passed).
 */
export const MAX_RESPONSE_PAYLOAD_BYTES = 6_291_556;

const TOO_LARGE: WorkerOutcome = {
  kind: "error",
  error: { errorType: "Function.ResponseSizeTooLarge", errorMessage: `Response payload size exceeded maximum allowed payload size (${MAX_RESPONSE_PAYLOAD_BYTES} bytes).`, trace: [] },
};

/** A worker's result text as the invocation's outcome. Only a text long enough to be over the limit is measured in bytes. */
export function resultOutcome(json: string | undefined): WorkerOutcome {
  if (json === undefined) return { kind: "ok", payload: null };
  // A UTF-16 unit is 1 to 3 UTF-8 bytes: short texts are under the limit without counting.
  if (json.length * 3 > MAX_RESPONSE_PAYLOAD_BYTES && Buffer.byteLength(json) > MAX_RESPONSE_PAYLOAD_BYTES) return TOO_LARGE;
  return { kind: "ok", payload: JSON.parse(json) };
}
