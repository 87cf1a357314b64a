import { plans, routes } from "@linkgate/contract";
import { liveRoutes } from "@linkgate/contract/live";
import { tableDefinitions, tableNames } from "@linkgate/core/tables";
import { describe, expect, it } from "vitest";
import { linkStreamSourceFor } from "../mapping/link-stream";
import { liveRouteArgsFor, liveRoutesFor } from "../mapping/live";
import { usagePlansFor } from "../mapping/plans";
import { apiRoutesFor, routeArgsFor } from "../mapping/routes";
import { dynamoTablesFor } from "../mapping/tables";

// The infrastructure as infra/*.ts builds it, evaluated from the real contract and core definitions.

describe("API routes from the contract", () => {
  const specs = apiRoutesFor(routes);

  it("declares every contract route exactly once", () => {
    expect(specs).toHaveLength(routes.length);
    expect(new Set(specs.map((spec) => spec.routeKey)).size).toBe(routes.length);
    expect(specs.map((spec) => spec.routeKey).sort()).toEqual(routes.map((route) => `${route.method} ${route.path}`).sort());
  });

  it.each(routes.map((route) => [route.name, route] as const))("%s gets the gateway check its auth mode asks for", (name, route) => {
    const spec = specs.find((candidate) => candidate.name === name);
    const args = routeArgsFor(spec!, "authorizer-id");
    switch (route.auth) {
      case "public":
        expect(args).toEqual({ name });
        break;
      case "user":
      case "admin":
        expect(args).toEqual({ name, auth: { custom: "authorizer-id" } });
        break;
      case "partner":
        expect(args).toEqual({ name, apiKey: true });
        break;
    }
    expect(spec!.admin).toBe(route.auth === "admin");
  });

  it("has admin routes (they carry the extra permissions) and partner routes (they need a key)", () => {
    expect(specs.some((spec) => spec.admin)).toBe(true);
    expect(specs.some((spec) => spec.apiKey)).toBe(true);
  });
});

describe("live API routes from the contract", () => {
  const specs = liveRoutesFor(liveRoutes);

  it("declares every live route exactly once", () => {
    expect(specs.map((spec) => spec.routeKey).sort()).toEqual(liveRoutes.map((route) => route.routeKey).sort());
    expect(new Set(specs.map((spec) => spec.name)).size).toBe(liveRoutes.length);
  });

  it("puts the authorizer on $connect and on no other route", () => {
    const authorized = specs.filter((spec) => liveRouteArgsFor(spec, "authorizer-id").auth !== undefined);
    expect(authorized.map((spec) => spec.routeKey)).toEqual(["$connect"]);
  });

  it("answers the client on $default and ping, the routes whose functions reply", () => {
    expect(specs.filter((spec) => spec.twoWay).map((spec) => spec.routeKey).sort()).toEqual(["$default", "ping"]);
  });
});

describe("the Links stream consumer from core's definitions", () => {
  it("reads the Links table, which streams new and old images", () => {
    expect(linkStreamSourceFor(tableDefinitions)).toMatchObject({ table: "Links", stream: "new-and-old-images" });
  });

  it("has the Connections table the live functions keep connections in", () => {
    expect(dynamoTablesFor(tableDefinitions).find((table) => table.name === "Connections")?.args).toMatchObject({ primaryIndex: { hashKey: "connectionId" }, ttl: "expiresAt" });
  });
});

describe("usage plans from the contract", () => {
  const specs = usagePlansFor(plans);

  it.each(plans.map((plan) => [plan.id, plan] as const))("%s keeps its throttle and quota", (id, plan) => {
    const spec = specs.find((candidate) => candidate.usagePlanName === id);
    expect(spec?.args).toEqual({
      throttle: { rate: plan.throttle.rate, burst: plan.throttle.burst },
      quota: { limit: plan.quota.limit, period: plan.quota.period.toLowerCase() },
    });
  });

  it("declares one usage plan per plan", () => {
    expect(specs.map((spec) => spec.usagePlanName)).toEqual(plans.map((plan) => plan.id));
  });
});

describe("tables from core's definitions", () => {
  const tables = dynamoTablesFor(tableDefinitions);

  it("declares every table the models use, once", () => {
    expect(tables.map((table) => table.name).sort()).toEqual([...tableNames].sort());
  });

  it.each(tableDefinitions.map((definition) => [definition.name, definition] as const))("%s has the model's keys, indexes, TTL and stream", (name, definition) => {
    const { name: _name, ...expected } = definition;
    expect(tables.find((table) => table.name === name)?.args).toEqual(expected);
  });

  it("has the Owners table the authorizer reads, keyed by ownerId", () => {
    expect(tables.find((table) => table.name === "Owners")?.args.primaryIndex).toEqual({ hashKey: "ownerId" });
  });
});
