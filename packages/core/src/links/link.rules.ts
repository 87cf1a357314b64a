import { ALIAS_PATTERN, GENERATED_CODE_ALPHABET, GENERATED_CODE_LENGTH, isReservedCode, targetUrlProblem } from "@linkgate/contract";
import { randomInt } from "node:crypto";
import { Validation } from "../errors";

export function assertValidAlias(alias: string): void {
  if (!ALIAS_PATTERN.test(alias)) throw Validation.field("alias", "An alias is 3–64 characters: letters, digits, '_' and '-'.");
  if (isReservedCode(alias)) throw Validation.field("alias", `'${alias}' is reserved; choose another alias.`);
}

/** Target rules of the contract, plus: never a link back into our own short domain (redirect loops). */
export function assertValidTarget(targetUrl: string, shortHost: string): void {
  const problem = targetUrlProblem(targetUrl);
  if (problem) throw Validation.field("targetUrl", problem);
  const host = new URL(targetUrl).hostname.toLowerCase();
  if (host === shortHost || host.endsWith(`.${shortHost}`)) {
    throw Validation.field("targetUrl", `The target must not point back into the short-link domain (${shortHost}).`);
  }
}

/** Parses an ISO expiry that must lie in the future; returns epoch seconds (the TTL unit). */
export function parseExpiry(expiresAt: string, now: Date): number {
  const time = Date.parse(expiresAt);
  if (Number.isNaN(time)) throw Validation.field("expiresAt", "expiresAt must be an ISO 8601 date-time, e.g. 2030-01-31T12:00:00Z.");
  if (time <= now.getTime()) throw Validation.field("expiresAt", "expiresAt must be in the future.");
  return Math.ceil(time / 1000);
}

export function generateCode(): string {
  let code = "";
  for (let i = 0; i < GENERATED_CODE_LENGTH; i += 1) code += GENERATED_CODE_ALPHABET[randomInt(GENERATED_CODE_ALPHABET.length)];
  return code;
}
