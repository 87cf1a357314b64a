import { defineUserHandler } from "../edge/define-handler";

export const handler = defineUserHandler(
  "deleteMyLink",
  async ({ path }, caller, { runtime }) => {
    await runtime.core.links.delete(caller, path.code);
    return { status: 204 as const };
  },
);
