import { definePartnerHandler } from "../edge/define-handler";
import { createLinkFor } from "../links/link-routes";

export const handler = definePartnerHandler(
  "createLink",
  async ({ body, headers }, caller, { runtime }) => createLinkFor(runtime.core, caller, body, headers.idempotencyKey),
);
