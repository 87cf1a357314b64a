import { Validation } from "@linkgate/core";
import * as z from "zod";

/** Where the next page of users starts: Cognito's token, plus an offset for pools that ignore Limit. */
export interface UserCursor {
  token?: string;
  skip: number;
}

const cursorSchema = z.object({ token: z.string().optional(), skip: z.number().int().nonnegative() });

export function encodeUserCursor(cursor: UserCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

export function decodeUserCursor(text: string): UserCursor {
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(text, "base64url").toString("utf8")));
    if (parsed.success) return parsed.data.token ? { token: parsed.data.token, skip: parsed.data.skip } : { skip: parsed.data.skip };
  } catch {
    // falls through to the 400 below
  }
  throw Validation.field("cursor", "cursor is not one this API handed out; start again without it.");
}
