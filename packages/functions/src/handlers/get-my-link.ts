import { defineUserHandler } from "../edge/define-handler";
import { linkView } from "../links/link-routes";

export const handler = defineUserHandler(
  "getMyLink",
  async ({ path }, caller, { runtime }) => ({ status: 200 as const, body: linkView(await runtime.core.links.get(caller, path.code)) }),
);
