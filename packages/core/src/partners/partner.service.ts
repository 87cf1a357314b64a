import dynamoose from "dynamoose";
import { randomBytes } from "node:crypto";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type CoreContext, type Page } from "../context";
import type { PartnerCaller } from "../caller";
import { Conflict, Forbidden, NotFound, Validation } from "../errors";
import { decodeCursor, encodeCursor, type PlainKey } from "../store/cursor";
import { isConditionalCheckFailed } from "../store/dynamodb";
import { assertValidPartnerFields } from "./partner.rules";
import type { CreatePartnerInput, ListPartnersInput, Partner, PartnerStatus, UpdatePartnerInput } from "./partner.types";
import { partnerStatuses } from "./partner.types";

interface PartnerItem extends Omit<Partner, "createdAt" | "updatedAt"> {
  createdAt: number;
  updatedAt: number;
}

function toPartner(item: PartnerItem): Partner {
  return { ...item, createdAt: new Date(item.createdAt).toISOString(), updatedAt: new Date(item.updatedAt).toISOString() };
}

function plain(item: unknown): PartnerItem {
  return (item as { toJSON(): PartnerItem }).toJSON();
}

export type PartnerService = ReturnType<typeof createPartnerService>;

/** Partners as stored records. API Gateway keys are orchestrated by the functions, not here. */
export function createPartnerService(ctx: CoreContext) {
  const model = ctx.models.Partners;
  const notFound = (partnerId: string) => new NotFound(`No partner '${partnerId}'.`);
  const exists = () => new dynamoose.Condition().where("partnerId").exists();

  async function apply(partnerId: string, changes: Record<string, unknown>): Promise<Partner> {
    try {
      const updated = await model.update({ partnerId }, { ...changes, updatedAt: ctx.config.now().getTime() }, { condition: exists() });
      return toPartner(plain(updated));
    } catch (error) {
      if (isConditionalCheckFailed(error)) throw notFound(partnerId);
      throw error;
    }
  }

  return {
    async create(input: CreatePartnerInput): Promise<Partner> {
      assertValidPartnerFields(input);
      const now = ctx.config.now().getTime();
      const item: PartnerItem = {
        partnerId: input.partnerId ?? `p_${randomBytes(8).toString("hex")}`,
        name: input.name.trim(),
        contactEmail: input.contactEmail,
        planId: input.planId,
        apiKeyId: input.apiKeyId,
        status: "active",
        createdAt: now,
        updatedAt: now,
      };
      try {
        await model.create(item); // refuses to overwrite: conditional put
      } catch (error) {
        if (isConditionalCheckFailed(error)) throw new Conflict(`A partner '${item.partnerId}' already exists.`);
        throw error;
      }
      return toPartner(item);
    },

    async get(partnerId: string): Promise<Partner> {
      const item = await model.get({ partnerId });
      if (!item) throw notFound(partnerId);
      return toPartner(plain(item));
    },

    /** The partner holding this API key, or undefined. */
    async getByApiKeyId(apiKeyId: string): Promise<Partner | undefined> {
      const found = await model.query("apiKeyId").eq(apiKeyId).using("byApiKeyId").exec();
      const first = found[0];
      return first ? toPartner(plain(first)) : undefined;
    },

    /** The caller for a partner route's API key: unknown or revoked keys are Forbidden. */
    async callerForApiKey(apiKeyId: string): Promise<PartnerCaller> {
      const partner = await this.getByApiKeyId(apiKeyId);
      if (!partner || partner.status !== "active") throw new Forbidden("This API key does not belong to an active partner.");
      return { kind: "partner", partnerId: partner.partnerId, apiKeyId };
    },

    async list(input: ListPartnersInput = {}): Promise<Page<Partner>> {
      const limit = Math.min(Math.max(input.limit ?? DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE);
      let scan = model.scan().limit(limit);
      if (input.cursor) scan = scan.startAt(decodeCursor(ctx.config.cursorSecret, "partners", input.cursor));
      const result = await scan.exec();
      const items = result.map((item) => toPartner(plain(item)));
      const lastKey = result.lastKey as PlainKey | undefined;
      return { items, ...(lastKey ? { nextCursor: encodeCursor(ctx.config.cursorSecret, "partners", lastKey) } : {}) };
    },

    async update(partnerId: string, input: UpdatePartnerInput): Promise<Partner> {
      assertValidPartnerFields(input);
      const changes = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
      return apply(partnerId, changes);
    },

    async setStatus(partnerId: string, status: PartnerStatus): Promise<Partner> {
      if (!partnerStatuses.includes(status)) throw Validation.field("status", `status must be one of ${partnerStatuses.join(", ")}.`);
      return apply(partnerId, { status });
    },

  };
}
