import { accessLogMetricFilters } from "@linkgate/contract/access-log-metrics";
import { describe, expect, it } from "vitest";
import { withAccessLogMetricFields } from "./access-log";

// SST's own stage format (platform/src/components/aws/apigatewayv1.ts), shortened.
const sstFormat = JSON.stringify({ requestId: '"$context.requestId"', status: "$context.status", resourcePath: '"$context.resourcePath"' });

describe("withAccessLogMetricFields", () => {
  it("keeps SST's fields and adds the response type and stage as quoted strings", () => {
    expect(JSON.parse(withAccessLogMetricFields(sstFormat))).toEqual({
      requestId: '"$context.requestId"',
      status: "$context.status",
      resourcePath: '"$context.resourcePath"',
      responseType: '"$context.error.responseType"',
      stage: '"$context.stage"',
    });
  });

  it("gives every metric filter the fields its pattern and dimensions read", () => {
    const fields = Object.keys(JSON.parse(withAccessLogMetricFields(sstFormat)));
    for (const filter of Object.values(accessLogMetricFilters)) {
      const read = [...filter.pattern.matchAll(/\$\.(\w+)/g), ...Object.values(filter.dimensions).flatMap((reference) => [...reference.matchAll(/\$\.(\w+)/g)])].map((match) => match[1]);
      expect(read.every((field) => fields.includes(field ?? ""))).toBe(true);
    }
  });
});
