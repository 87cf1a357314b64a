import { definePartnerHandler } from "../edge/define-handler";
import { linkStatsFor } from "../links/link-routes";

export const handler = definePartnerHandler(
  "getLinkStats",
  async ({ path, query }, caller, { runtime }) => linkStatsFor(runtime.core, caller, path.code, query),
);
