import { definePartnerHandler } from "../edge/define-handler";
import { linkView } from "../links/link-routes";

export const handler = definePartnerHandler(
  "getLink",
  async ({ path }, caller, { runtime }) => ({ status: 200 as const, body: linkView(await runtime.core.links.get(caller, path.code)) }),
);
