import { describe, expect, it } from "vitest";
import type * as z from "zod";
import { errorBodySchema } from "./errors";
import { planSchema } from "./schemas/plan-definition.schemas";
import { meSchema, quotaUsageSchema } from "./schemas/account.schemas";
import { adminUserSchema } from "./schemas/admin-user.schemas";
import { linkSchema, linkStatsSchema } from "./schemas/link.schemas";
import { partnerSchema, partnerWithKeySchema } from "./schemas/partner.schemas";
import { aLink, aMe, anAdminUser, anErrorBody, aPartner, aPartnerWithKey, aPlan, aQuotaUsage, someLinkStats } from "./testing";

const cases: Array<[string, z.ZodType, () => unknown]> = [
  ["aLink", linkSchema, () => aLink()],
  ["someLinkStats", linkStatsSchema, () => someLinkStats()],
  ["aPlan", planSchema, () => aPlan()],
  ["aPartner", partnerSchema, () => aPartner()],
  ["aPartnerWithKey", partnerWithKeySchema, () => aPartnerWithKey()],
  ["aMe", meSchema, () => aMe()],
  ["anAdminUser", adminUserSchema, () => anAdminUser()],
  ["aQuotaUsage", quotaUsageSchema, () => aQuotaUsage()],
  ["anErrorBody", errorBodySchema, () => anErrorBody()],
];

describe("test builders", () => {
  it.each(cases)("%s builds a valid resource", (_name, schema, build) => {
    expect(schema.parse(build())).toEqual(build());
  });

  it("apply overrides and keep derived fields consistent", () => {
    expect(aLink({ code: "launch" }).shortUrl).toBe("https://lnk.test/launch");
    expect(aPartnerWithKey({ apiKeyId: "k9" }).apiKey.id).toBe("k9");
    expect(linkSchema.safeParse(aLink({ totalClicks: -1 })).success).toBe(false);
  });
});
