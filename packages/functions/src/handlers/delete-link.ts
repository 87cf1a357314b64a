import { definePartnerHandler } from "../edge/define-handler";

export const handler = definePartnerHandler(
  "deleteLink",
  async ({ path }, caller, { runtime }) => {
    await runtime.core.links.delete(caller, path.code);
    return { status: 204 as const };
  },
);
