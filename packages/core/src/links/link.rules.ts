import { ALIAS_PATTERN, expiresAtProblem, GENERATED_CODE_ALPHABET, GENERATED_CODE_LENGTH, isReservedCode, targetUrlProblem } from "@linkgate/contract";
import { randomInt } from "node:crypto";
import { Validation } from "../errors";

export function assertValidAlias(alias: string): void {
  if (!ALIAS_PATTERN.test(alias)) throw Validation.field("alias", "An alias is 3–64 characters: letters, digits, '_' and '-'.");
  if (isReservedCode(alias)) throw Validation.field("alias", `'${alias}' is reserved; choose another alias.`);
}

/**
 * Target rules of the contract, plus: never a link back into our own short domain (redirect loops).
 * Returns what is stored: the URL as the parser normalises it (`href`), never the raw text sent.
 */
export function assertValidTarget(target: string, shortHost: string): string {
  const problem = targetUrlProblem(target);
  if (problem) throw Validation.field("target", problem);
  const url = new URL(target);
  const host = url.hostname.toLowerCase();
  if (host === shortHost || host.endsWith(`.${shortHost}`)) {
    throw Validation.field("target", `The target must not point back into the short-link domain (${shortHost}).`);
  }
  return url.href;
}

/** Checks an expiry with the contract's rule at core's clock; returns epoch seconds (the TTL unit). */
export function parseExpiry(expiresAt: string, now: Date): number {
  const problem = expiresAtProblem(expiresAt, now);
  if (problem) throw Validation.field("expiresAt", problem);
  return Math.ceil(Date.parse(expiresAt) / 1000);
}

export function generateCode(): string {
  let code = "";
  for (let i = 0; i < GENERATED_CODE_LENGTH; i += 1) code += GENERATED_CODE_ALPHABET[randomInt(GENERATED_CODE_ALPHABET.length)];
  return code;
}
