import { defineUserHandler } from "../edge/define-handler";
import { linkStatsFor } from "../links/link-routes";

export const handler = defineUserHandler(
  "getMyLinkStats",
  async ({ path, query }, caller, { runtime }) => linkStatsFor(runtime.core, caller, path.code, query),
);
