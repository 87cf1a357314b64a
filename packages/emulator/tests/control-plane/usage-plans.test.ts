import {
  CreateUsagePlanCommand,
  DeleteUsagePlanCommand,
  GetUsagePlanCommand,
  GetUsagePlansCommand,
  NotFoundException,
  UpdateUsagePlanCommand,
} from "@aws-sdk/client-api-gateway";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startFixture, type Fixture } from "./control-plane-fixture";

let fixture: Fixture;
beforeEach(async () => {
  fixture = await startFixture();
});
afterEach(async () => {
  await fixture.close();
});

const createPlan = (name = "Pro") =>
  fixture.client.send(
    new CreateUsagePlanCommand({
      name,
      description: "for partners",
      apiStages: [{ apiId: "api1", stage: "prod", throttle: { "/v1/links/POST": { rateLimit: 5, burstLimit: 10 } } }],
      throttle: { rateLimit: 50, burstLimit: 100 },
      quota: { limit: 1000, offset: 0, period: "MONTH" },
      tags: { tier: "pro" },
    }),
  );

describe("usage plans through @aws-sdk/client-api-gateway", () => {
  it("creates, reads and lists a plan in AWS's shape", async () => {
    const created = await createPlan();
    expect(created).toMatchObject({
      id: expect.stringMatching(/^[a-z0-9]{6}$/),
      name: "Pro",
      description: "for partners",
      apiStages: [{ apiId: "api1", stage: "prod", throttle: { "/v1/links/POST": { rateLimit: 5, burstLimit: 10 } } }],
      throttle: { rateLimit: 50, burstLimit: 100 },
      quota: { limit: 1000, offset: 0, period: "MONTH" },
      tags: { tier: "pro" },
    });
    expect(await fixture.client.send(new GetUsagePlanCommand({ usagePlanId: created.id }))).toMatchObject({ id: created.id, name: "Pro" });
    const listed = await fixture.client.send(new GetUsagePlansCommand({}));
    expect(listed.items?.map((p) => p.id)).toEqual([created.id]);
  });

  it("pages with position and limit", async () => {
    for (const name of ["a", "b", "c"]) await createPlan(name);
    const first = await fixture.client.send(new GetUsagePlansCommand({ limit: 2 }));
    expect(first.items?.map((p) => p.name)).toEqual(["a", "b"]);
    const second = await fixture.client.send(new GetUsagePlansCommand({ limit: 2, position: first.position }));
    expect(second.items?.map((p) => p.name)).toEqual(["c"]);
    expect(second.position).toBeUndefined();
  });

  it("applies patch operations: fields, throttle, quota, stages and per-method throttles", async () => {
    const { id } = await createPlan();
    const updated = await fixture.client.send(
      new UpdateUsagePlanCommand({
        usagePlanId: id,
        patchOperations: [
          { op: "replace", path: "/name", value: "Pro+" },
          { op: "replace", path: "/throttle/rateLimit", value: "75" },
          { op: "replace", path: "/quota/limit", value: "2000" },
          { op: "replace", path: "/quota/period", value: "WEEK" },
          { op: "add", path: "/apiStages", value: "api1:dev" },
          { op: "replace", path: "/apiStages/api1:prod/throttle/~1v1~1links/GET/rateLimit", value: "2" },
          { op: "remove", path: "/apiStages/api1:prod/throttle/~1v1~1links/POST" },
        ],
      }),
    );
    expect(updated).toMatchObject({
      name: "Pro+",
      throttle: { rateLimit: 75, burstLimit: 100 },
      quota: { limit: 2000, offset: 0, period: "WEEK" },
      apiStages: [
        { apiId: "api1", stage: "prod", throttle: { "/v1/links/GET": { rateLimit: 2, burstLimit: 0 } } },
        { apiId: "api1", stage: "dev" },
      ],
    });
  });

  it("deletes a plan once its stages are removed, as AWS requires; reading it again is a NotFoundException", async () => {
    const { id } = await createPlan();
    await expect(fixture.client.send(new DeleteUsagePlanCommand({ usagePlanId: id }))).rejects.toThrow(
      /Cannot delete Usage Plan .* because there are API Stages associated with it, including api1:prod/,
    );
    await fixture.client.send(new UpdateUsagePlanCommand({ usagePlanId: id, patchOperations: [{ op: "remove", path: "/apiStages", value: "api1:prod" }] }));
    await fixture.client.send(new DeleteUsagePlanCommand({ usagePlanId: id }));
    await expect(fixture.client.send(new GetUsagePlanCommand({ usagePlanId: id }))).rejects.toBeInstanceOf(NotFoundException);
  });
});
