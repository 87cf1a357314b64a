import { userOwnerId } from "@linkgate/core";
import { defineUserHandler } from "../edge/define-handler";

export const handler = defineUserHandler(
  "getMe",
  async (_input, caller, { runtime }) => {
    const owner = await runtime.core.owners.get(userOwnerId(caller.sub));
    const { sub, username, groups } = caller;
    return { status: 200 as const, body: { sub, username, email: caller.email ?? null, groups, linkCount: owner.linkCount, linkLimit: owner.linkLimit } };
  },
);
