import * as z from "zod";
import { ALIAS_PATTERN, isReservedCode, TARGET_URL_MAX_LENGTH, targetUrlProblem } from "../rules";

export const aliasSchema = z
  .string()
  // abort: a malformed alias gets one message, not also "reserved" for a short word like "me".
  .regex(ALIAS_PATTERN, { error: "An alias is 3–64 characters: letters, digits, '_' and '-'.", abort: true })
  .refine((code) => !isReservedCode(code), { error: "This alias is reserved; choose another." });

/** Shape only; the domain also rejects links back into our own short domain (it knows that domain). */
export const targetUrlSchema = z
  .string()
  .max(TARGET_URL_MAX_LENGTH, `A target URL is at most ${TARGET_URL_MAX_LENGTH} characters.`)
  .superRefine((value, ctx) => {
    const problem = targetUrlProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
