import { definePartnerHandler } from "../edge/define-handler";
import { updateLinkFor } from "../links/link-routes";

export const handler = definePartnerHandler(
  "updateLink",
  async ({ path, body }, caller, { runtime }) => updateLinkFor(runtime.core, caller, path.code, body),
);
