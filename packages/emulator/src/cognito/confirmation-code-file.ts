import { appendFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { ConfirmationCode } from "./confirmation-codes";

/** One line of the codes file: a code as cognito-local printed it, and when. */
export interface RecordedConfirmationCode extends ConfirmationCode {
  /** ISO 8601 time the code was captured. */
  readonly at: string;
}

/**
 * `<dataDir>/cognito/confirmation-codes.jsonl`: every confirmation code the local Cognito
 * "delivered", one JSON object a line, appended as they are printed (and kept across restarts,
 * like the pool they belong to). Scripts and browser tests read codes from here, in another
 * process than the stack.
 */
export function confirmationCodesFile(dataDir: string): string {
  return join(dataDir, "cognito", "confirmation-codes.jsonl");
}

export function appendConfirmationCode(file: string, code: ConfirmationCode, at: Date = new Date()): void {
  mkdirSync(dirname(file), { recursive: true });
  const line: RecordedConfirmationCode = { ...code, at: at.toISOString() };
  // One appendFileSync per line: a reader never sees half a line followed by another one.
  appendFileSync(file, `${JSON.stringify(line)}\n`, { mode: 0o600 });
}

/** Every recorded code, oldest first; a missing file is none. A torn last line (being written) is skipped. */
export function readConfirmationCodes(file: string): RecordedConfirmationCode[] {
  if (!existsSync(file)) return [];
  const codes: RecordedConfirmationCode[] = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    try {
      codes.push(JSON.parse(line) as RecordedConfirmationCode);
    } catch {
      // Only the line being appended right now can be incomplete.
    }
  }
  return codes;
}

/** The newest code recorded for `username`, if any. */
export function latestConfirmationCode(file: string, username: string): string | undefined {
  return readConfirmationCodes(file).findLast((code) => code.username === username)?.code;
}
