import { describe, expect, it } from "vitest";
import { headerRole, traceIdFor } from "./event-headers";
import { collapseLeadingSlashes } from "./gateway-request";

describe("headerRole", () => {
  it.each([
    ["Connection", "drop"],
    ["TE", "drop"],
    ["transfer-encoding", "drop"],
    ["Content-Length", "drop"],
    ["aUThorization", "authorization"],
    ["user-agent", "user-agent"],
    ["X-Forwarded-For", "x-forwarded-for"],
    ["x-amzn-trace-id", "x-amzn-trace-id"],
    ["Accept", "keep"],
    ["tEsT-HEADeR", "keep"],
    ["x-api-key", "keep"],
    ["X-A-Name-Longer-Than-Any-Candidate", "keep"],
  ])("%s → %s", (name, role) => {
    expect(headerRole(name)).toBe(role);
  });
});

describe("traceIdFor", () => {
  it("makes a Root when none was sent, or a non-Root value", () => {
    expect(traceIdFor(undefined, 1_764_650_000_000)).toMatch(/^Root=1-692e[0-9a-f]{4}-[0-9a-f]{24}$/);
    expect(traceIdFor("garbage", 1_764_650_000_000)).toMatch(/^Root=1-/);
  });

  it("keeps a full trace and adds a Parent to a Root-only one", () => {
    const full = "Root=1-3152b799-8954dae64eda91bc9a23a7e8;Parent=7fa8c0f79203be72;Sampled=1";
    expect(traceIdFor(full, 0)).toBe(full);
    expect(traceIdFor("Root=1-3152b799-8954dae64eda91bc9a23a7e8", 0)).toMatch(/^Root=1-3152b799-8954dae64eda91bc9a23a7e8;Parent=[0-9a-f]{16};Sampled=0$/);
  });
});

describe("collapseLeadingSlashes", () => {
  it.each([
    ["/", "/"],
    ["/a", "/a"],
    ["//a", "/a"],
    ["///a//b/", "/a//b/"],
    ["//", "/"],
  ])("%s → %s", (path, collapsed) => {
    expect(collapseLeadingSlashes(path)).toBe(collapsed);
  });

  it("returns the same string when there is nothing to collapse", () => {
    const path = "/v1/links/abc";
    expect(collapseLeadingSlashes(path)).toBe(path);
  });
});
