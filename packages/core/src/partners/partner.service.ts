import dynamoose from "dynamoose";
import { randomBytes } from "node:crypto";
import type { PartnerCaller } from "../caller";
import { pageLimitDefault, pageLimitMax, type CoreContext, type Page } from "../context";
import { Conflict, Forbidden, NotFound, Validation } from "../errors";
import { decodeCursor, encodeCursor, type PlainKey } from "../store/cursor";
import { isConditionalCheckFailed } from "../store/dynamodb";
import { assertValidPartnerFields } from "./partner.rules";
import { partnerStatuses, type CreatePartnerInput, type ListPartnersInput, type Partner, type PartnerStatus, type UpdatePartnerInput } from "./partner.types";

/** Stored shape: keyed by `partnerId`; `apiKeyId` absent (not null) when there is none, as index keys must be. */
interface PartnerItem {
  partnerId: string;
  name: string;
  contactEmail: string;
  planId: string;
  apiKeyId?: string;
  status: PartnerStatus;
  createdAt: number;
  updatedAt: number;
}

function toPartner(raw: unknown): Partner {
  const item = (raw as { toJSON(): PartnerItem }).toJSON();
  return {
    id: item.partnerId,
    name: item.name,
    contactEmail: item.contactEmail,
    planId: item.planId,
    apiKeyId: item.apiKeyId ?? null,
    status: item.status,
    createdAt: new Date(item.createdAt).toISOString(),
    updatedAt: new Date(item.updatedAt).toISOString(),
  };
}

export type PartnerService = ReturnType<typeof createPartnerService>;

/** Partners as stored records. API Gateway keys are orchestrated by the functions, not here. */
export function createPartnerService(ctx: CoreContext) {
  const model = ctx.models.Partners;
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

  const service = {
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
      try {
        return toPartner(await model.create(item)); // refuses to overwrite: conditional put
      } catch (error) {
        if (isConditionalCheckFailed(error)) throw new Conflict(`A partner '${item.partnerId}' already exists.`);
        throw error;
      }
    },

    async get(id: string): Promise<Partner> {
      const item = await model.get({ partnerId: id }, { consistent: true });
      if (!item) throw notFound(id);
      return toPartner(item);
    },

    /** The partner holding this API key, or undefined. */
    async getByApiKeyId(apiKeyId: string): Promise<Partner | undefined> {
      const found = await model.query("apiKeyId").eq(apiKeyId).using("byApiKeyId").exec();
      return found[0] ? toPartner(found[0]) : undefined;
    },

    /** The caller for a partner route's API key: unknown keys and inactive partners are Forbidden. */
    async callerForApiKey(apiKeyId: string): Promise<PartnerCaller> {
      const partner = await service.getByApiKeyId(apiKeyId);
      if (!partner || partner.status !== "active") throw new Forbidden("This API key does not belong to an active partner.");
      return { kind: "partner", partnerId: partner.id, apiKeyId };
    },

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
  return service;
}
