import type { GatewayReply } from "./gateway-responses";

/**
 * SST's `cors: true` (platform/src/components/aws/apigatewayv1.ts, createCorsRoutes): every
 * resource with a route gets an OPTIONS method with a MOCK integration whose only integration
 * response is 204 with these three headers. The mock template selects no other response, so
 * the answer is always 204 with an empty body — whatever the request's Origin or method.
 */
export const CORS_PREFLIGHT_HEADERS: Readonly<Record<string, string>> = {
  "Access-Control-Allow-Headers": "*",
  "Access-Control-Allow-Methods": "OPTIONS,GET,PUT,POST,DELETE,PATCH,HEAD",
  "Access-Control-Allow-Origin": "*",
};

export function corsPreflightReply(ids: { requestId: string; extendedRequestId: string }): GatewayReply {
  return {
    status: 204,
    headers: {
      "Content-Type": "application/json",
      ...CORS_PREFLIGHT_HEADERS,
      "x-amzn-RequestId": ids.requestId,
      "x-amz-apigw-id": ids.extendedRequestId,
    },
    body: "",
  };
}
