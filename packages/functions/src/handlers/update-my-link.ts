import { defineUserHandler } from "../edge/define-handler";
import { updateLinkFor } from "../links/link-routes";

export const handler = defineUserHandler(
  "updateMyLink",
  async ({ path, body }, caller, { runtime }) => updateLinkFor(runtime.core, caller, path.code, body),
);
