import { describe, expect, it } from "vitest";
import { gatewayDataPoints } from "./gateway-data-points";
import { lambdaDataPoints } from "./lambda-data-points";

const request = { apiName: "linkgate", stage: "local", resourcePath: "/v1/links/{code}", httpMethod: "GET", latencyMs: 12, at: 1_000 };
const summary = (points: ReturnType<typeof gatewayDataPoints>) => points.map((p) => `${p.name}=${p.value} ${Object.keys(p.dimensions ?? {}).join("+")}`);

describe("gatewayDataPoints", () => {
  it("a cached method's answer: CacheHitCount and CacheMissCount, 1 and 0, in every dimension set", () => {
    const dims = ["ApiName", "ApiName+Stage", "ApiName+Stage+Resource+Method"];
    const hit = summary(gatewayDataPoints({ ...request, status: 200, cache: "hit" }));
    for (const d of dims) expect(hit).toEqual(expect.arrayContaining([`CacheHitCount=1 ${d}`, `CacheMissCount=0 ${d}`]));
    const miss = summary(gatewayDataPoints({ ...request, status: 200, integrationLatencyMs: 3, cache: "miss" }));
    for (const d of dims) expect(miss).toEqual(expect.arrayContaining([`CacheHitCount=0 ${d}`, `CacheMissCount=1 ${d}`]));
    // A method the cache does not serve reports neither.
    expect(summary(gatewayDataPoints({ ...request, status: 200 })).some((line) => line.startsWith("Cache"))).toBe(false);
  });

  it("a 200 through an integration: Count 1, no errors, Latency and IntegrationLatency, by API, stage and resource+method", () => {
    const points = gatewayDataPoints({ ...request, status: 200, integrationLatencyMs: 9 });
    expect(summary(points)).toEqual(
      ["ApiName", "ApiName+Stage", "ApiName+Stage+Resource+Method"].flatMap((dims) => [`Count=1 ${dims}`, `4XXError=0 ${dims}`, `5XXError=0 ${dims}`, `Latency=12 ${dims}`, `IntegrationLatency=9 ${dims}`]),
    );
    expect(points.every((p) => p.namespace === "AWS/ApiGateway" && p.at === 1_000)).toBe(true);
    expect(points.find((p) => p.name === "Latency")!.unit).toBe("Milliseconds");
    expect(points.at(-1)!.dimensions).toEqual({ ApiName: "linkgate", Stage: "local", Resource: "/v1/links/{code}", Method: "GET" });
  });

  it("a 403 refused at the gateway: 4XXError 1 and no IntegrationLatency", () => {
    const points = gatewayDataPoints({ ...request, status: 403 });
    expect(points.filter((p) => p.name === "4XXError").map((p) => p.value)).toEqual([1, 1, 1]);
    expect(points.some((p) => p.name === "IntegrationLatency")).toBe(false);
  });

  it("a 502 is a 5XXError; without detailed metrics or a matched resource, only the API and stage sets", () => {
    expect(gatewayDataPoints({ ...request, status: 502 }).filter((p) => p.name === "5XXError").map((p) => p.value)).toEqual([1, 1, 1]);
    expect(new Set(gatewayDataPoints({ ...request, status: 502, detailedMetrics: false }).map((p) => Object.keys(p.dimensions!).length))).toEqual(new Set([1, 2]));
    expect(new Set(gatewayDataPoints({ ...request, resourcePath: undefined, status: 403 }).map((p) => Object.keys(p.dimensions!).length))).toEqual(new Set([1, 2]));
  });
});

describe("lambdaDataPoints", () => {
  it("an invocation: Invocations 1, Errors 0/1, Throttles 0, Duration and ConcurrentExecutions, by FunctionName", () => {
    const points = lambdaDataPoints({ functionName: "redirect", durationMs: 3.5, error: true, concurrentExecutions: 2, at: 5 });
    expect(points.map((p) => [p.name, p.value, p.unit])).toEqual([
      ["Invocations", 1, "Count"],
      ["Errors", 1, "Count"],
      ["Throttles", 0, "Count"],
      ["Duration", 3.5, "Milliseconds"],
      ["ConcurrentExecutions", 2, "Count"],
    ]);
    expect(points.every((p) => p.namespace === "AWS/Lambda" && p.dimensions!.FunctionName === "redirect" && p.at === 5)).toBe(true);
  });

  it("a throttled attempt is Throttles 1 only: Lambda's Invocations exclude throttles", () => {
    expect(lambdaDataPoints({ functionName: "redirect", throttled: true }).map((p) => [p.name, p.value])).toEqual([["Throttles", 1]]);
  });
});
