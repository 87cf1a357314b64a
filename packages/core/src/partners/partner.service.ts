import dynamoose from "dynamoose";
import { randomBytes } from "node:crypto";
import { pageLimitDefault, pageLimitMax, type CoreContext, type Page } from "../context";
import { Conflict, NotFound, Validation } from "../errors";
import { decodeCursor, encodeCursor, type PlainKey } from "../store/cursor";
import { isConditionalCheckFailed } from "../store/dynamodb";
import { modelsOf } from "../store/models";
import { accountHasPartner, partnerIdOfAccount, putAccountPartner } from "./account-partner";
import { createPartnerLookup } from "./partner-lookup";
import { partnerFromItem, type PartnerItem } from "./partner.item";
import { assertValidPartnerFields } from "./partner.rules";
import { partnerStatuses, type CreatePartnerInput, type ListPartnersInput, type Partner, type PartnerStatus, type UpdatePartnerInput } from "./partner.types";

/** dynamoose answers Items; their plain form is the stored shape. */
const toPartner = (raw: unknown): Partner => partnerFromItem((raw as { toJSON(): PartnerItem }).toJSON());

export type PartnerService = ReturnType<typeof createPartnerService>;

/**
 * Partners as stored records, for the admin routes: dynamoose, which these rare writes and scans
 * can afford (the per-request reads are in partner-lookup.ts). API Gateway keys are orchestrated by
 * the functions, not here.
 */
export function createPartnerService(ctx: CoreContext) {
  const model = modelsOf(ctx).Partners;
  const lookup = createPartnerLookup(ctx);
  const notFound = (id: string) => new NotFound(`No partner '${id}'.`);

  async function apply(id: string, set: Record<string, unknown>, remove: string[] = []): Promise<Partner> {
    try {
      const changes = { $SET: { ...set, updatedAt: ctx.config.now().getTime() }, ...(remove.length ? { $REMOVE: remove } : {}) };
      const updated = await model.update({ partnerId: id }, changes, { condition: new dynamoose.Condition().where("partnerId").exists() });
      return toPartner(updated);
    } catch (error) {
      if (isConditionalCheckFailed(error)) throw notFound(id);
      throw error;
    }
  }

  return {
    async create(input: CreatePartnerInput): Promise<Partner> {
      assertValidPartnerFields(input);
      const now = ctx.config.now().getTime();
      const item: PartnerItem = {
        partnerId: input.id ?? `p_${randomBytes(8).toString("hex")}`,
        name: input.name.trim(),
        contactEmail: input.contactEmail,
        planId: input.planId,
        ...(input.apiKeyId ? { apiKeyId: input.apiKeyId } : {}),
        status: "active",
        createdAt: now,
        updatedAt: now,
      };
      if (input.accountSub !== undefined) {
        await putAccountPartner(ctx, { ...item, accountSub: input.accountSub });
        return partnerFromItem(item);
      }
      try {
        return toPartner(await model.create(item)); // refuses to overwrite: conditional put
      } catch (error) {
        if (isConditionalCheckFailed(error)) throw new Conflict(`A partner '${item.partnerId}' already exists.`);
        throw error;
      }
    },

    get: lookup.get,

    /** The partner of a partner account (account-partner.ts); NotFound, saying what to do, when it has none. */
    async getByAccount(sub: string): Promise<Partner> {
      const partnerId = await partnerIdOfAccount(ctx, sub);
      if (!partnerId) throw new NotFound("This account has no partner yet: create it with POST /portal/partner.");
      return lookup.get(partnerId);
    },

    /**
     * Conflict when the account already has its partner: one consistent read of its marker, so the
     * functions need not create an API key only to have the conditional write refuse it.
     */
    async assertAccountHasNoPartner(sub: string): Promise<void> {
      if ((await partnerIdOfAccount(ctx, sub)) !== undefined) throw accountHasPartner();
    },

    getByApiKeyId: lookup.getByApiKeyId,
    callerForApiKey: lookup.callerForApiKey,

    /** Unordered pages (a table scan); with `status`, a page may hold fewer items while more follow. */
    async list(input: ListPartnersInput = {}): Promise<Page<Partner>> {
      const limit = input.limit ?? pageLimitDefault;
      if (!Number.isInteger(limit) || limit < 1 || limit > pageLimitMax) throw Validation.field("limit", `limit is 1–${pageLimitMax}.`);
      if (input.status !== undefined && !partnerStatuses.includes(input.status)) throw Validation.field("status", `status is one of: ${partnerStatuses.join(", ")}.`);
      const purpose = `partners\n${input.status ?? ""}`;
      let scan = model.scan().limit(limit);
      if (input.status) scan = scan.where("status").eq(input.status);
      if (input.cursor) scan = scan.startAt(decodeCursor(ctx.config.cursorSecret, purpose, input.cursor));
      const result = await scan.exec();
      const lastKey = result.lastKey as PlainKey | undefined;
      return { items: result.map(toPartner), nextCursor: lastKey ? encodeCursor(ctx.config.cursorSecret, purpose, lastKey) : null };
    },

    async update(id: string, input: UpdatePartnerInput): Promise<Partner> {
      assertValidPartnerFields(input);
      const set = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined && value !== null));
      if (typeof set.name === "string") set.name = set.name.trim();
      return apply(id, set, input.apiKeyId === null ? ["apiKeyId"] : []);
    },

    async setStatus(id: string, status: PartnerStatus): Promise<Partner> {
      if (!partnerStatuses.includes(status)) throw Validation.field("status", `status is one of: ${partnerStatuses.join(", ")}.`);
      return apply(id, { status });
    },
  };
}
