import { defineUserHandler } from "../edge/define-handler";
import { createLinkFor } from "../links/link-routes";

export const handler = defineUserHandler(
  "createMyLink",
  async ({ body, headers }, caller, { runtime }) => createLinkFor(runtime.core, caller, body, headers.idempotencyKey),
);
