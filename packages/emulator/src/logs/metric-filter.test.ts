import { describe, expect, it } from "vitest";
import { compileMetricFilter } from "./metric-filter";

const throttled = compileMetricFilter({ namespace: "Linkgate/Gateway", metricName: "Throttled", pattern: '{ $.responseType = "THROTTLED" }', value: "1", dimensions: { Stage: "$.stage" } });

describe("compileMetricFilter", () => {
  it("counts a matching event, with its dimensions", () => {
    expect(throttled({ responseType: "THROTTLED", stage: "local", status: 429 })).toEqual({ namespace: "Linkgate/Gateway", metricName: "Throttled", value: 1, dimensions: { Stage: "local" } });
  });

  it("emits nothing for an event that does not match, or lacks a dimension's field", () => {
    expect(throttled({ responseType: "QUOTA_EXCEEDED", stage: "local" })).toBeUndefined();
    expect(throttled({ responseType: null, stage: "local" })).toBeUndefined();
    expect(throttled({ responseType: "THROTTLED" })).toBeUndefined();
  });

  it("joins comparisons with &&, compares numbers as numbers, and takes a value from a field", () => {
    const slow = compileMetricFilter({ namespace: "N", metricName: "SlowRedirectMs", pattern: '{ $.status = 301 && $.resourcePath != "/health" }', value: "$.latency" });
    expect(slow({ status: 301, resourcePath: "/{code}", latency: 17 })).toMatchObject({ value: 17 });
    expect(slow({ status: "301", resourcePath: "/{code}", latency: 17 })).toBeUndefined();
    expect(slow({ status: 301, resourcePath: "/health", latency: 17 })).toBeUndefined();
  });

  it.each([
    ['THROTTLED', "not a JSON pattern"],
    ['{ $.status > 400 }', "is not $.field"],
    ['{ $.a = "x" || $.b = "y" }', "is not $.field"],
    ["{}", "not a JSON pattern"],
  ])("refuses the pattern %s, saying why", (pattern, message) => {
    expect(() => compileMetricFilter({ namespace: "N", metricName: "M", pattern, value: "1" })).toThrow(message);
  });

  it("refuses a value or dimension that is neither a number nor $.field", () => {
    expect(() => compileMetricFilter({ namespace: "N", metricName: "M", pattern: '{ $.a = "x" }', value: "one" })).toThrow("value");
    expect(() => compileMetricFilter({ namespace: "N", metricName: "M", pattern: '{ $.a = "x" }', value: "1", dimensions: { Stage: "stage" } })).toThrow("dimension Stage");
  });
});
