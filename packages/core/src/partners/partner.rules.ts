import { planSchema } from "@linkgate/contract";
import { Validation, type ValidationIssue } from "../errors";
import type { UpdatePartnerInput } from "./partner.types";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const PARTNER_ID = /^[A-Za-z0-9_-]{3,64}$/;

/** Checks the fields present in `input`; all problems are reported together. */
export function assertValidPartnerFields(input: UpdatePartnerInput & { id?: string }): void {
  const issues: ValidationIssue[] = [];
  if (input.name !== undefined && (input.name.trim().length < 1 || input.name.length > 100)) {
    issues.push({ path: ["name"], message: "A partner name is 1–100 characters." });
  }
  if (input.contactEmail !== undefined && (!EMAIL.test(input.contactEmail) || input.contactEmail.length > 254)) {
    issues.push({ path: ["contactEmail"], message: "contactEmail must be an email address." });
  }
  if (input.planId !== undefined && !planSchema.shape.id.safeParse(input.planId).success) {
    issues.push({ path: ["planId"], message: "planId must be a plan id such as 'free' or 'pro'." });
  }
  if (typeof input.apiKeyId === "string" && !/^[A-Za-z0-9_-]{1,128}$/.test(input.apiKeyId)) {
    issues.push({ path: ["apiKeyId"], message: "apiKeyId must be 1–128 letters, digits, '_' or '-'." });
  }
  if (input.id !== undefined && !PARTNER_ID.test(input.id)) {
    issues.push({ path: ["id"], message: "A partner id is 3–64 letters, digits, '_' or '-'." });
  }
  if (issues.length) throw new Validation(issues);
}
