import { compilePolicy, MalformedPolicyError, type CompiledPolicy } from "./policy";

/**
 * A Lambda authorizer's output (api-gateway-lambda-authorizer-output), validated and with its
 * policy compiled — the form kept in the result cache. Anything malformed is an
 * AuthorizerConfigurationException (500 `{"message":null}`) for the caller.
 */
export interface AuthorizerResult {
  principalId: string;
  policy: CompiledPolicy;
  /** Context values as the integration sees them: strings (`123` → `"123"`, `true` → `"true"`). */
  context: Record<string, string>;
  usageIdentifierKey?: string;
}

export class MalformedAuthorizerOutputError extends Error {
  override readonly name = "MalformedAuthorizerOutputError";
}

export function parseAuthorizerOutput(payload: unknown): AuthorizerResult {
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) throw new MalformedAuthorizerOutputError("output is not an object");
  const output = payload as Record<string, unknown>;
  if (typeof output.principalId !== "string") throw new MalformedAuthorizerOutputError("principalId is missing or not a string");
  let policy: CompiledPolicy;
  try {
    policy = compilePolicy(output.policyDocument);
  } catch (error) {
    if (error instanceof MalformedPolicyError) throw new MalformedAuthorizerOutputError(error.message);
    throw error;
  }
  const result: AuthorizerResult = { principalId: output.principalId, policy, context: parseContext(output.context) };
  if (output.usageIdentifierKey !== undefined && output.usageIdentifierKey !== null) {
    if (typeof output.usageIdentifierKey !== "string") throw new MalformedAuthorizerOutputError("usageIdentifierKey is not a string");
    result.usageIdentifierKey = output.usageIdentifierKey;
  }
  return result;
}

/** Only string, number and boolean values (documented); reading: null is rejected like objects. */
function parseContext(context: unknown): Record<string, string> {
  if (context === undefined || context === null) return {};
  if (typeof context !== "object" || Array.isArray(context)) throw new MalformedAuthorizerOutputError("context is not an object");
  const strings: Record<string, string> = {};
  for (const [key, value] of Object.entries(context)) {
    if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") {
      throw new MalformedAuthorizerOutputError(`context.${key} is not a string, number or boolean`);
    }
    strings[key] = String(value);
  }
  return strings;
}
