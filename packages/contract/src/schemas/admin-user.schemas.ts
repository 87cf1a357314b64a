import * as z from "zod";
import { pageLimitDefault } from "../paging";
import { cursorSchema, pageOf, pathIdSchema, queryInteger, strictBody, timestampSchema } from "./common.schemas";

export const usernamePathSchema = z.object({ username: pathIdSchema });

/** A user as the admin list shows it (one Cognito ListUsers entry). */
export const adminUserSummarySchema = z.object({
  username: z.string(),
  sub: z.string(),
  email: z.string().nullable(),
  enabled: z.boolean(),
  /** Cognito's user status, e.g. CONFIRMED, FORCE_CHANGE_PASSWORD. */
  status: z.string(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type AdminUserSummary = z.infer<typeof adminUserSummarySchema>;

/** One user in detail: groups and link usage too. */
export const adminUserSchema = adminUserSummarySchema.extend({
  groups: z.array(z.string()),
  isAdmin: z.boolean(),
  linkCount: z.number().int().nonnegative(),
  linkLimit: z.number().int().positive(),
});
export type AdminUser = z.infer<typeof adminUserSchema>;

export const adminUserPageSchema = pageOf(adminUserSummarySchema);

/** Cognito pages users 60 at a time at most, hence the lower maximum (the default is every list's). */
export const listUsersQuerySchema = z.object({
  search: z
    .string()
    .trim()
    .min(1, "search must not be empty.")
    .max(100, "search is at most 100 characters.")
    .optional()
    .describe("Prefix of the email when it contains '@', otherwise of the username."),
  limit: queryInteger("limit", 1, 60).default(pageLimitDefault),
  cursor: cursorSchema.optional(),
});

/** Disabling signs the user out of the API within one authorizer cache TTL. */
export const updateUserBodySchema = strictBody({ enabled: z.boolean({ error: "enabled must be true or false." }) });
export type UpdateUserBody = z.infer<typeof updateUserBodySchema>;
