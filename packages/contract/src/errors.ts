import * as z from "zod";
import { errorCodes, type ErrorBody, type ErrorIssue } from "./error-codes";

/** `ErrorIssue` (error-codes.ts) as a schema, for OpenAPI and the client. */
export const errorIssueSchema = z.object({
  path: z.string(),
  message: z.string(),
}) satisfies z.ZodType<ErrorIssue, ErrorIssue>;

/** `ErrorBody` (error-codes.ts) as a schema. */
export const errorBodySchema = z.object({
  message: z.string(),
  code: z.enum(errorCodes),
  issues: z.array(errorIssueSchema).optional(),
}) satisfies z.ZodType<ErrorBody, ErrorBody>;

/**
 * What API Gateway itself answers (401, 403, 429, 5xx before or around the function): a message
 * only — `null` for authorizer failures, and spelled `Message` on policy denials.
 */
export const gatewayErrorBodySchema = z.looseObject({
  message: z.string().nullable().optional(),
  Message: z.string().optional(),
});

/** A zod error as error issues, each path prefixed with the request part (`body`, `query`, ...). */
export function issuesFromZodError(error: z.ZodError, prefix: string): ErrorIssue[] {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].join("."),
    message: issue.message,
  }));
}
