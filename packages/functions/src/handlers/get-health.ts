import { defineInputlessPublicHandler } from "../edge/define-inputless-handler";

export const handler = defineInputlessPublicHandler(
  "getHealth",
  async () => ({ status: 200 as const, body: { status: "ok" as const, time: new Date().toISOString() } }),
);
