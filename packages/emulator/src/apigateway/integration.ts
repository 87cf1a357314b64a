import { EventJson, type LambdaInvoker } from "../lambda/invoker";
import type { CompiledStage } from "./compiled-stage";
import type { RouteDefinition } from "./definition";
import { headerValue, type GatewayRequest } from "./gateway-request";
import { invokeSafely } from "./invoke-safely";
import type { RequestParts } from "./proxy-event";
import { parseProxyResponse } from "./proxy-response";
import type { Outcome, Trace } from "./request-outcome";
import type { Resource } from "./router";

/**
 * The Lambda proxy integration: build the event, invoke, map the result. The integration timeout is
 * the invoker's to keep (`InvokeOptions`): an invocation that never got a worker by then is Lambda's
 * throttle (500), one still running is the gateway's 504.
 */
export async function invokeIntegration(
  stage: CompiledStage,
  invoker: LambdaInvoker,
  route: RouteDefinition,
  resource: Resource,
  parts: RequestParts,
  request: GatewayRequest,
  trace: Trace,
): Promise<Outcome> {
  // Handed over as JSON text, the form the function receives it in (see proxy-event-json.ts).
  const event = new EventJson(stage.eventJson.write(resource, parts, request, stage.isBinary));
  const started = performance.now();
  const result = await invokeSafely(invoker, route.function, event, route.integrationTimeoutMs ?? stage.integrationTimeoutMs);
  trace.integrationLatencyMs = Math.round(performance.now() - started);

  if (!result.ok) {
    if (result.error === "IntegrationTimeout") return { kind: "gateway", type: "INTEGRATION_TIMEOUT" };
    if (result.error === "TooManyRequests") return { kind: "gateway", type: "INTERNAL_SERVER_ERROR" };
    // Unhandled errors and function timeouts: Lambda answered with an error → 502.
    return { kind: "gateway", type: "INTEGRATION_FAILURE" };
  }
  const parsed = parseProxyResponse(result.payload, stage.isBinary, () => headerValue(request, "accept"));
  if (!parsed.ok) return { kind: "gateway", type: "INTEGRATION_FAILURE" };
  parsed.reply.traceId = request.traceId;
  return { kind: "integration", reply: parsed.reply };
}
