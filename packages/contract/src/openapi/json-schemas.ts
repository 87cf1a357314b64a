import * as z from "zod";
import { errorBodySchema, gatewayErrorBodySchema } from "../errors";
import { planSchema } from "../schemas/plan-definition.schemas";
import { routes } from "../routes/index";
import { healthSchema, openApiDocumentSchema } from "../routes/public.routes";
import { meSchema, quotaUsageSchema } from "../schemas/account.schemas";
import { adminUserPageSchema, adminUserSchema, adminUserSummarySchema } from "../schemas/admin-user.schemas";
import { createLinkBodySchema, linkPageSchema, linkSchema, linkStatsSchema, updateLinkBodySchema } from "../schemas/link.schemas";
import {
  partnerPageSchema,
  partnerSchema,
  partnerUsageSchema,
  partnerWithKeySchema,
  quotaGrantSchema,
} from "../schemas/partner.schemas";
import { planListSchema } from "../schemas/plan.schemas";
import { myPartnerSchema, portalKeyUsageSchema, upgradeRequestListSchema, upgradeRequestSchema } from "../schemas/portal.schemas";

export type JsonSchema = Record<string, unknown>;

/** Resources worth a name of their own in the document; other bodies are named after their route. */
const namedResponseSchemas: ReadonlyArray<readonly [z.ZodType, string]> = [
  [errorBodySchema, "Error"],
  [gatewayErrorBodySchema, "GatewayError"],
  [healthSchema, "Health"],
  [openApiDocumentSchema, "OpenApiDocument"],
  [linkSchema, "Link"],
  [linkPageSchema, "LinkPage"],
  [linkStatsSchema, "LinkStats"],
  [meSchema, "Me"],
  [quotaUsageSchema, "QuotaUsage"],
  [planSchema, "Plan"],
  [planListSchema, "PlanList"],
  [partnerSchema, "Partner"],
  [partnerPageSchema, "PartnerPage"],
  [partnerWithKeySchema, "PartnerWithKey"],
  [partnerUsageSchema, "PartnerUsage"],
  [quotaGrantSchema, "QuotaGrant"],
  [portalKeyUsageSchema, "PortalKeyUsage"],
  [myPartnerSchema, "MyPartner"],
  [upgradeRequestSchema, "UpgradeRequest"],
  [upgradeRequestListSchema, "UpgradeRequestList"],
  [adminUserSummarySchema, "AdminUserSummary"],
  [adminUserSchema, "AdminUser"],
  [adminUserPageSchema, "AdminUserPage"],
];
const namedRequestSchemas: ReadonlyArray<readonly [z.ZodType, string]> = [
  [createLinkBodySchema, "CreateLinkBody"],
  [updateLinkBodySchema, "UpdateLinkBody"],
];

const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
export const schemaRef = (id: string) => `#/components/schemas/${id}`;

export interface ComponentSchemas {
  schemas: Record<string, JsonSchema>;
  /** The component name of a request or response body schema. */
  idOf(schema: z.ZodType): string;
}

/**
 * Converts every body schema with zod's own `z.toJSONSchema`, as named components that refer to each
 * other. Requests are converted as input (defaults optional), responses as output; the two registries
 * never share a name (request names end in `Body`).
 */
export function buildComponentSchemas(): ComponentSchemas {
  const requests = z.registry<{ id: string }>();
  const responses = z.registry<{ id: string }>();
  for (const [schema, id] of namedRequestSchemas) requests.add(schema, { id });
  for (const [schema, id] of namedResponseSchemas) responses.add(schema, { id });
  for (const route of routes) {
    const body: z.ZodType | undefined = route.request.body;
    if (body && !requests.has(body)) requests.add(body, { id: `${pascal(route.name)}Body` });
    for (const [status, spec] of Object.entries(route.responses)) {
      const schema: z.ZodType | undefined = spec.body;
      if (schema && !responses.has(schema)) responses.add(schema, { id: `${pascal(route.name)}Response${status}` });
    }
  }
  const convert = (registry: typeof requests, io: "input" | "output") =>
    z.toJSONSchema(registry, { io, uri: schemaRef, target: "draft-2020-12" }).schemas as Record<string, JsonSchema>;
  const schemas = { ...convert(requests, "input"), ...convert(responses, "output") };
  for (const schema of Object.values(schemas)) {
    // Each component is a fragment of the document, not a standalone schema resource.
    delete schema.$schema;
    delete schema.$id;
  }
  const idOf = (schema: z.ZodType) => {
    const id = requests.get(schema)?.id ?? responses.get(schema)?.id;
    if (!id) throw new Error("Schema is not a registered body.");
    return id;
  };
  return { schemas, idOf };
}

/** One parameter's schema, inlined (parameters are scalars), as the client sends it. */
export function parameterSchema(schema: z.ZodType): JsonSchema {
  const json = z.toJSONSchema(schema, { io: "input", target: "draft-2020-12" }) as JsonSchema;
  delete json.$schema;
  return json;
}
