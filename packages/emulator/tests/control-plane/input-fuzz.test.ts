import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixture, type Fixture } from "./control-plane-fixture";

let fixture: Fixture;
beforeAll(async () => {
  fixture = await startFixture();
});
afterAll(async () => {
  await fixture.close();
});

/** Deterministic pseudo-random values (mulberry32), so a failure replays. */
function randomValues(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)]!;
  const value = (depth: number): unknown => {
    const scalars = [null, true, -1, 0, 1.5, 1e308, "", "x".repeat(200), "DAY", "api1:prod", "/v1/links/GET"];
    if (depth > 2 || next() < 0.5) return pick(scalars);
    if (next() < 0.5) return Array.from({ length: Math.floor(next() * 3) }, () => value(depth + 1));
    const fields = ["name", "quota", "throttle", "apiStages", "limit", "period", "rateLimit", "value", "patchOperations", "op", "path", "keyId", "keyType", "stageKeys", "enabled"];
    return Object.fromEntries(Array.from({ length: Math.floor(next() * 4) }, () => [pick(fields), value(depth + 1)]));
  };
  return { value, pick };
}

describe("control plane input fuzz", () => {
  it("answers 2xx or 4xx, never 5xx, to 300 random bodies on every writing route", async () => {
    const plan = fixture.store.createUsagePlan({ name: "p", apiStages: [{ apiId: "api1", stage: "prod" }], quota: { limit: 5, offset: 0, period: "DAY" } });
    const key = fixture.store.createApiKey({ name: "k" });
    fixture.store.addKeyToPlan(plan.id, key.id);
    const routes: Array<[string, string]> = [
      ["POST", "/usageplans"],
      ["PATCH", `/usageplans/${plan.id}`],
      ["POST", "/apikeys"],
      ["PATCH", `/apikeys/${key.id}`],
      ["POST", `/usageplans/${plan.id}/keys`],
      ["PATCH", `/usageplans/${plan.id}/keys/${key.id}/usage`],
    ];
    const random = randomValues(20261124);
    const statuses = new Set<number>();
    for (let i = 0; i < 300; i++) {
      const [method, path] = random.pick(routes);
      const response = await fetch(`${fixture.plane.url}${path}`, { method, body: JSON.stringify(random.value(0)) });
      statuses.add(response.status);
      expect(response.status, `${method} ${path}`).toBeLessThan(500);
      await response.arrayBuffer();
    }
    expect([...statuses].some((status) => status === 400)).toBe(true);
  });
});
