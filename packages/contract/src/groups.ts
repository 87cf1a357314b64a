/**
 * The Cognito groups the API's authorization names. Plain constants with no import, and an entry of
 * their own (`@linkgate/contract/groups`), so the authorizer Lambda imports them without the
 * schemas: the main entry would bring zod and the routes into its bundle (51 kB → 176 kB).
 */

/** The Cognito group whose members may use `/admin/*`. */
export const ADMIN_GROUP = "admins";

/** The Cognito group of partner accounts: each maps to one partner, may use `/portal/*`, and is not a user (`/me/*`). */
export const PARTNER_GROUP = "partners";
