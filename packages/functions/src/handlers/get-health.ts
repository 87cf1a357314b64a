import { definePublicHandler } from "../edge/define-handler";

export const handler = definePublicHandler(
  "getHealth",
  async () => ({ status: 200 as const, body: { status: "ok" as const, time: new Date().toISOString() } }),
);
