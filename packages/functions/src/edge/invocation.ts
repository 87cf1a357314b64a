import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from "aws-lambda";
import { logger } from "../observability/logger";
import { errorResponse } from "./error-response";

export type ProxyHandler = (event: APIGatewayProxyEvent, context: Context) => Promise<APIGatewayProxyResult>;

export interface EdgeOptions {
  /** 404s as a small HTML page when the client accepts text/html (the redirect). */
  htmlNotFound?: boolean;
}

/*
 * Work the edge does after each invocation, whatever its outcome, registered by the modules that
 * need it (observability/metrics.ts flushes EMF), so that a function bundles only what it uses.
 */
const afterInvocation: Array<() => void> = [];

export function afterEveryInvocation(hook: () => void): void {
  afterInvocation.push(hook);
}

/**
 * What every route's handler does around its own work: logger context (Lambda and API request ids,
 * route), any error mapped by the one table (`errorResponse`), then the registered hooks.
 */
export function edgeInvocation(name: string, options: EdgeOptions, answer: (event: APIGatewayProxyEvent, lambda: Context) => Promise<APIGatewayProxyResult>): ProxyHandler {
  return async (event, lambda) => {
    logger.addContext(lambda);
    logger.appendKeys({ route: name, apiRequestId: event.requestContext?.requestId });
    try {
      return await answer(event, lambda);
    } catch (error) {
      return errorResponse(error, { html: options.htmlNotFound === true && acceptsHtmlOf(event) });
    } finally {
      for (const hook of afterInvocation) hook();
    }
  };
}

function acceptsHtmlOf(event: APIGatewayProxyEvent): boolean {
  const accept = Object.entries(event.headers ?? {}).find(([key]) => key.toLowerCase() === "accept")?.[1] ?? "";
  return /\btext\/html\b/i.test(accept);
}
