/**
 * Test builders for other packages (`@linkgate/contract/testing`): valid resources by default,
 * any field overridable. A test in this package checks each against its schema.
 */
import type { ErrorBody } from "./error-codes";
import { plans, type Plan } from "./plans";
import type { Me, QuotaUsage } from "./schemas/account.schemas";
import type { AdminUser } from "./schemas/admin-user.schemas";
import type { Link, LinkStats } from "./schemas/link.schemas";
import type { Partner, PartnerWithKey } from "./schemas/partner.schemas";

const AT = "2026-11-24T10:00:00.000Z";

export function aLink(overrides: Partial<Link> = {}): Link {
  const code = overrides.code ?? "abc2345";
  return {
    code,
    shortUrl: `https://lnk.test/${code}`,
    target: "https://example.com/landing",
    createdAt: AT,
    updatedAt: AT,
    expiresAt: null,
    totalClicks: 0,
    ...overrides,
  };
}

export function someLinkStats(overrides: Partial<LinkStats> = {}): LinkStats {
  return {
    code: "abc2345",
    totalClicks: 3,
    from: "2026-11-23",
    to: "2026-11-24",
    days: [
      { day: "2026-11-23", clicks: 1 },
      { day: "2026-11-24", clicks: 2 },
    ],
    ...overrides,
  };
}

export function aPlan(overrides: Partial<Plan> = {}): Plan {
  const free = plans[0];
  return { ...free, throttle: { ...free.throttle }, quota: { ...free.quota }, ...overrides };
}

export function aPartner(overrides: Partial<Partner> = {}): Partner {
  return {
    id: "ptn_0001",
    name: "Acme",
    contactEmail: "dev@acme.test",
    planId: "free",
    status: "active",
    apiKeyId: "key0001",
    createdAt: AT,
    updatedAt: AT,
    ...overrides,
  };
}

export function aPartnerWithKey(overrides: Partial<Partner> = {}): PartnerWithKey {
  const partner = aPartner(overrides);
  return { partner, apiKey: { id: partner.apiKeyId ?? "key0001", value: "lg_test_0123456789abcdefghij" } };
}

export function aMe(overrides: Partial<Me> = {}): Me {
  return { sub: "0000-sub", username: "ann", email: "ann@example.test", groups: [], linkCount: 0, linkLimit: 500, ...overrides };
}

export function anAdminUser(overrides: Partial<AdminUser> = {}): AdminUser {
  return {
    username: "ann",
    sub: "0000-sub",
    email: "ann@example.test",
    enabled: true,
    status: "CONFIRMED",
    createdAt: AT,
    updatedAt: AT,
    groups: [],
    isAdmin: false,
    linkCount: 0,
    linkLimit: 500,
    ...overrides,
  };
}

export function aQuotaUsage(overrides: Partial<QuotaUsage> = {}): QuotaUsage {
  const plan = plans[0];
  return {
    planId: plan.id,
    throttle: { ...plan.throttle },
    quota: { ...plan.quota },
    used: 10,
    remaining: plan.quota.limit - 10,
    periodStart: "2026-11-01T00:00:00.000Z",
    periodEnd: "2026-12-01T00:00:00.000Z",
    ...overrides,
  };
}

export function anErrorBody(overrides: Partial<ErrorBody> = {}): ErrorBody {
  return { message: "No link with code 'nope'.", code: "not_found", ...overrides };
}
