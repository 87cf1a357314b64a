import { errorCodes, type ErrorCode, type ErrorIssue } from "../error-codes";
import { partnerGatewayErrors } from "../gateway-errors";
import { ApiError } from "./api-error";

/** Gateway errors carry no `code`: derive one from the error type, else from the status. */
function codeFor(status: number, gatewayErrorType: string | undefined): ErrorCode {
  if (gatewayErrorType === partnerGatewayErrors.quotaExceeded.errorType) return "quota_exceeded";
  if (gatewayErrorType === partnerGatewayErrors.throttled.errorType || status === 429) return "throttled";
  if (status === 400 || status === 413 || status === 415) return "validation_failed";
  if (status === 401) return "unauthorized";
  if (status === 403) return "forbidden";
  if (status === 404) return "not_found";
  if (status === 409) return "conflict";
  return "internal";
}

/** `Retry-After` is either seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

export async function readApiError(response: Response): Promise<ApiError> {
  // AWS may suffix the type (`UnauthorizedException:http://...`): keep the name.
  const gatewayErrorType = response.headers.get("x-amzn-errortype")?.split(":")[0] || undefined;
  const text = await response.text();
  let body: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === "object") body = parsed as Record<string, unknown>;
  } catch {
    // Not JSON (a proxy's HTML page, say): fall back to the status text below.
  }
  // The gateway's deny answers spell it `Message`.
  const message = [body.message, body.Message].find((value) => typeof value === "string") as string | undefined;
  const code = (errorCodes as readonly unknown[]).includes(body.code) ? (body.code as ErrorCode) : codeFor(response.status, gatewayErrorType);
  const issues = Array.isArray(body.issues) ? (body.issues as ErrorIssue[]) : undefined;
  return new ApiError({
    status: response.status,
    code,
    message: message ?? `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`,
    issues,
    gatewayErrorType,
    retryAfter: parseRetryAfter(response.headers.get("retry-after")),
    requestId: response.headers.get("x-amzn-requestid") ?? undefined,
  });
}
