import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from "aws-lambda";
import { lambdaContext } from "./proxy-event";

export interface InvokeResult<Body = unknown> {
  status: number;
  headers: Record<string, string>;
  /** Parsed JSON when the response is JSON, else the raw text. */
  body: Body;
  raw: APIGatewayProxyResult;
}

type Handler = (event: APIGatewayProxyEvent, context: Context) => Promise<APIGatewayProxyResult>;

/** Calls a handler as the Lambda runtime would and reads its proxy response. */
export async function invoke<Body = unknown>(handler: Handler, event: APIGatewayProxyEvent): Promise<InvokeResult<Body>> {
  const raw = await handler(event, lambdaContext());
  const headers = Object.fromEntries(Object.entries(raw.headers ?? {}).map(([name, value]) => [name.toLowerCase(), String(value)]));
  const isJson = (headers["content-type"] ?? "").startsWith("application/json") && raw.body !== "";
  return { status: raw.statusCode, headers, body: (isJson ? JSON.parse(raw.body) : raw.body) as Body, raw };
}
