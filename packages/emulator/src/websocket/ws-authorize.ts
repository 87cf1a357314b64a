import { MalformedAuthorizerOutputError, parseAuthorizerOutput } from "../apigateway/authorizer/output";
import { invokeSafely } from "../apigateway/invoke-safely";
import type { LambdaInvoker } from "../lambda/invoker";
import type { CompiledWebSocketApi } from "./compiled-api";
import { WEBSOCKET_INTEGRATION_TIMEOUT_MS } from "./gateway-context";

export type AuthorizeResult =
  | { ok: true; authorizer: Record<string, string>; latencyMs: number }
  | { ok: false; status: 401 | 403 | 500; responseType: string; message: string; latencyMs?: number };

/**
 * The `$connect` REQUEST authorizer, invoked on every handshake: WebSocket authorizers have no
 * result cache (apigatewayv2 `AuthorizerResultTtlInSeconds`: "Supported only for HTTP API Lambda
 * authorizers"). The output is checked and its policy evaluated by the REST gateway's own modules;
 * an `Unauthorized` error is 401, a Deny or a policy that does not cover the methodArn 403, anything
 * malformed 500. Its principalId and context then ride on every event of the connection.
 */
export async function authorizeConnect(api: CompiledWebSocketApi, invoker: LambdaInvoker, functionName: string, event: { methodArn: string }): Promise<AuthorizeResult> {
  const started = performance.now();
  const invocation = await invokeSafely(invoker, functionName, event, WEBSOCKET_INTEGRATION_TIMEOUT_MS);
  const latencyMs = Math.round(performance.now() - started);
  if (!invocation.ok) {
    return invocation.error === "Unhandled" && invocation.message === "Unauthorized"
      ? { ok: false, status: 401, responseType: "UNAUTHORIZED", message: "Unauthorized", latencyMs }
      : configurationError(latencyMs);
  }
  try {
    const result = parseAuthorizerOutput(invocation.payload);
    const decision = result.policy.evaluate(event.methodArn);
    if (decision !== "Allow") return { ok: false, status: 403, responseType: "ACCESS_DENIED", message: "Forbidden", latencyMs };
    return { ok: true, authorizer: { ...result.context, principalId: result.principalId }, latencyMs };
  } catch (error) {
    if (error instanceof MalformedAuthorizerOutputError) return configurationError(latencyMs);
    throw error;
  }
}

const configurationError = (latencyMs: number): AuthorizeResult => ({ ok: false, status: 500, responseType: "AUTHORIZER_CONFIGURATION_ERROR", message: "Internal server error", latencyMs });
