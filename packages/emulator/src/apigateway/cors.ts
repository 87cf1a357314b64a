import type { ApiDefinition } from "./definition";
import type { GatewayReply } from "./gateway-reply";

/**
 * SST's `cors: true` (platform/src/components/aws/apigatewayv1.ts, createCorsRoutes and
 * createCorsResponses): every resource with a route gets an OPTIONS method with a MOCK integration
 * whose only integration response is 204 with three headers; DEFAULT_4XX/5XX get two. The mock
 * template selects no other response, so the answer is always 204 with an empty body, whatever the
 * request's Origin or method. Allowed headers are `*` unless the definition lists them.
 */
export interface CorsHeaders {
  preflight: Readonly<Record<string, string>>;
  gatewayResponse: Readonly<Record<string, string>>;
}

export function compileCors(cors: ApiDefinition["cors"]): CorsHeaders | undefined {
  if (!cors) return undefined;
  const allowHeaders = cors === true ? "*" : cors.allowHeaders.join(",");
  return {
    preflight: { "Access-Control-Allow-Headers": allowHeaders, "Access-Control-Allow-Methods": "OPTIONS,GET,PUT,POST,DELETE,PATCH,HEAD", "Access-Control-Allow-Origin": "*" },
    gatewayResponse: { "Access-Control-Allow-Origin": "*", "Access-Control-Allow-Headers": allowHeaders },
  };
}

export function corsPreflightReply(cors: CorsHeaders, ids: { requestId: string; extendedRequestId: string }): GatewayReply {
  return {
    status: 204,
    headers: {
      "Content-Type": "application/json",
      ...cors.preflight,
      "x-amzn-RequestId": ids.requestId,
      "x-amz-apigw-id": ids.extendedRequestId,
    },
    body: "",
  };
}
