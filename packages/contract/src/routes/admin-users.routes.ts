import { defineRoute } from "../route";
import {
  adminUserPageSchema,
  adminUserSchema,
  listUsersQuerySchema,
  updateUserBodySchema,
  usernamePathSchema,
} from "../schemas/admin-user.schemas";

/* Users live in Cognito; these routes administer them through its admin API. */
const tags = ["admin: users"];
const userPath = "/admin/users/{username}";

export const listUsers = defineRoute({
  name: "listUsers",
  method: "GET",
  path: "/admin/users",
  auth: "admin",
  summary: "List and search users",
  tags,
  request: { query: listUsersQuerySchema },
  responses: { 200: { description: "One page of users.", body: adminUserPageSchema } },
  errors: [400, 500],
});

export const getUser = defineRoute({
  name: "getUser",
  method: "GET",
  path: userPath,
  auth: "admin",
  summary: "Get a user with groups and link usage",
  tags,
  request: { path: usernamePathSchema },
  responses: { 200: { description: "The user.", body: adminUserSchema } },
  errors: [404, 500],
});

export const updateUser = defineRoute({
  name: "updateUser",
  method: "PATCH",
  path: userPath,
  auth: "admin",
  summary: "Enable or disable a user",
  description: "A disabled user loses API access within one authorizer cache TTL.",
  tags,
  request: { path: usernamePathSchema, body: updateUserBodySchema },
  responses: { 200: { description: "The updated user.", body: adminUserSchema } },
  errors: [400, 404, 500],
});

export const addUserToAdmins = defineRoute({
  name: "addUserToAdmins",
  method: "PUT",
  path: `${userPath}/groups/admins`,
  auth: "admin",
  summary: "Make a user an admin",
  description: "Idempotent. Takes effect at the user's next sign-in (token refresh).",
  tags,
  request: { path: usernamePathSchema },
  responses: { 200: { description: "The updated user.", body: adminUserSchema } },
  errors: [404, 500],
});

export const removeUserFromAdmins = defineRoute({
  name: "removeUserFromAdmins",
  method: "DELETE",
  path: `${userPath}/groups/admins`,
  auth: "admin",
  summary: "Take admin rights away from a user",
  description: "Idempotent. Refused (409) for your own account, so the last admin cannot lock everyone out by accident.",
  tags,
  request: { path: usernamePathSchema },
  responses: { 200: { description: "The updated user.", body: adminUserSchema } },
  errors: [404, 409, 500],
});

export const adminUserRoutes = [listUsers, getUser, updateUser, addUserToAdmins, removeUserFromAdmins] as const;
