import type { CoreContext } from "../context";
import { modelsOf } from "../store/models";
import { Validation } from "../errors";
import { userOwnerId } from "../owner-id";
import { createOwnerReader, parseOwnerIdField, type OwnerSummary } from "./owner-read";

export type { OwnerSummary } from "./owner-read";
export type OwnerService = ReturnType<typeof createOwnerService>;

/**
 * Owner items: the link counter (kept by the link transactions), limit override, disabled flag.
 * The admin changes go through dynamoose; the reads every request makes are in owner-read.ts.
 */
export function createOwnerService(ctx: CoreContext) {
  const model = modelsOf(ctx).Owners;
  const reader = createOwnerReader(ctx);

  return {
    get: reader.get,

    /** Admin switch; the authorizer reads `disabled` from this item on every (uncached) call. */
    async setUserDisabled(sub: string, disabled: boolean): Promise<void> {
      if (!sub) throw Validation.field("sub", "sub is required.");
      await model.update({ ownerId: userOwnerId(sub) }, { disabled });
    },

    /** Per-owner override of the link limit; null returns to the default. */
    async setLinkLimit(ownerId: string, limit: number | null): Promise<OwnerSummary> {
      parseOwnerIdField(ownerId);
      if (limit !== null && (!Number.isInteger(limit) || limit < 1)) throw Validation.field("linkLimit", "linkLimit must be a positive integer or null.");
      await model.update({ ownerId }, limit === null ? { $REMOVE: ["linkLimit"] } : { linkLimit: limit });
      return reader.get(ownerId);
    },
  };
}
