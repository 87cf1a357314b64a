/** Typed errors of the Lambda runtime. Invocation failures are results (`InvokeResult`), not throws. */

/** `invoke` or `warm` named a function the runtime was not given: a wiring bug, so it throws. */
export class UnknownFunctionError extends Error {
  override readonly name = "UnknownFunctionError";
  constructor(readonly functionName: string, known: string[]) {
    super(`Unknown function "${functionName}". Known functions: ${known.join(", ") || "(none)"}.`);
  }
}

export class RuntimeClosedError extends Error {
  override readonly name = "RuntimeClosedError";
  constructor() {
    super("The Lambda runtime is closed.");
  }
}

/** esbuild could not bundle a function; `errors` are `file:line:column: text` lines. */
export class BundleError extends Error {
  override readonly name = "BundleError";
  constructor(readonly functionName: string, readonly entry: string, readonly errors: string[]) {
    super(`Could not bundle function "${functionName}" (${entry}):\n${errors.join("\n")}`);
  }
}
