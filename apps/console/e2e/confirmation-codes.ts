import { existsSync, readFileSync } from "node:fs";

/**
 * The newest confirmation code the local Cognito sent `username`, from the stack's codes file
 * (JSON lines `{ username, code, destination?, at }`, see the root README's local stack section).
 * Read directly: the console (e2e included) does not depend on the emulator package.
 */
export function latestConfirmationCode(file: string, username: string): string | undefined {
  if (!existsSync(file)) return undefined;
  let latest: string | undefined;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    try {
      const entry = JSON.parse(line) as { username?: string; code?: string };
      if (entry.username === username && entry.code) latest = entry.code;
    } catch {
      // blank or half-written last line
    }
  }
  return latest;
}
