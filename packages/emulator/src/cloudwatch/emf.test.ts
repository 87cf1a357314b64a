import { Metrics, MetricResolution, MetricUnit } from "@aws-lambda-powertools/metrics";
import { describe, expect, it } from "vitest";
import { emfDataPoints } from "./emf";

/** A line exactly as Powertools Metrics prints it (`publishStoredMetrics` logs `JSON.stringify(serializeMetrics())`). */
function powertoolsLine(): string {
  const metrics = new Metrics({ namespace: "Linkgate", serviceName: "redirect" });
  metrics.addDimension("route", "GET /{code}");
  metrics.addMetric("Redirects", MetricUnit.Count, 1);
  metrics.addMetric("Redirects", MetricUnit.Count, 2);
  metrics.addMetric("LookupLatency", MetricUnit.Milliseconds, 4.5, MetricResolution.High);
  return JSON.stringify(metrics.serializeMetrics());
}

const emf = (root: Record<string, unknown>, aws: Record<string, unknown> = {}) =>
  JSON.stringify({ _aws: { Timestamp: 1_700_000_000_000, CloudWatchMetrics: [{ Namespace: "App", Dimensions: [["service"]], Metrics: [{ Name: "Hits", Unit: "Count" }] }], ...aws }, service: "svc", ...root });

describe("emfDataPoints", () => {
  it("turns a Powertools Metrics line into its data points, one per value, with the directive's dimensions and units", () => {
    const line = powertoolsLine();
    const at = (JSON.parse(line) as { _aws: { Timestamp: number } })._aws.Timestamp;
    const dimensions = { service: "redirect", route: "GET /{code}" };
    expect(emfDataPoints(line)).toEqual([
      { namespace: "Linkgate", name: "Redirects", dimensions, value: 1, unit: "Count", at },
      { namespace: "Linkgate", name: "Redirects", dimensions, value: 2, unit: "Count", at },
      { namespace: "Linkgate", name: "LookupLatency", dimensions, value: 4.5, unit: "Milliseconds", at },
    ]);
  });

  it("gives one series per dimension set, and none-dimensional metrics for `Dimensions: []`", () => {
    const twoSets = emf({ Hits: 3, route: "r" }, { CloudWatchMetrics: [{ Namespace: "App", Dimensions: [["service"], ["service", "route"]], Metrics: [{ Name: "Hits" }] }] });
    expect(emfDataPoints(twoSets).map((p) => [p.dimensions, p.unit])).toEqual([[{ service: "svc" }, "None"], [{ service: "svc", route: "r" }, "None"]]);
    const none = emf({ Hits: 3 }, { CloudWatchMetrics: [{ Namespace: "App", Dimensions: [], Metrics: [{ Name: "Hits" }] }] });
    expect(emfDataPoints(none).map((p) => p.dimensions)).toEqual([{}]);
  });

  it("ignores lines that are not EMF: plain text, JSON logs, a prefixed line, broken JSON, no Timestamp", () => {
    for (const line of [
      "START RequestId: 1 Version: $LATEST",
      JSON.stringify({ level: "INFO", message: "hello" }),
      `2026-01-01T00:00:00.000Z\tid\tINFO\t${emf({ Hits: 1 })}`,
      emf({ Hits: 1 }).slice(0, -2),
      JSON.stringify({ _aws: { CloudWatchMetrics: [] }, Hits: 1 }),
    ]) {
      expect(emfDataPoints(line)).toEqual([]);
    }
  });

  it("skips what is invalid and keeps the rest, as CloudWatch: a non-numeric value, a bad unit, a missing dimension value", () => {
    const line = emf(
      { Good: 1, Text: "x", BadUnit: 2, Many: Array.from({ length: 101 }, () => 1) },
      { CloudWatchMetrics: [
        { Namespace: "App", Dimensions: [["service"]], Metrics: [{ Name: "Good" }, { Name: "Text" }, { Name: "BadUnit", Unit: "Parsecs" }, { Name: "Many" }, { Name: "Absent" }] },
        { Namespace: "App", Dimensions: [["missing"]], Metrics: [{ Name: "Good" }] },
        { Dimensions: [["service"]], Metrics: [{ Name: "Good" }] },
      ] },
    );
    expect(emfDataPoints(line).map((p) => [p.name, p.dimensions])).toEqual([["Good", { service: "svc" }]]);
  });
});
