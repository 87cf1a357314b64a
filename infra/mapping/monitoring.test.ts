import { describe, expect, it } from "vitest";
import { ALARM_EMAIL_VARIABLE, alarmEmailFrom, stageAlarmsFor } from "./monitoring";

describe("stageAlarmsFor", () => {
  const alarms = stageAlarmsFor({ apiName: "linkgate-prod-Api", stage: "prod" }, "the API's prod stage");

  it("watches the stage's 5XXError rate (its Average) and its p99 Latency, by ApiName and Stage", () => {
    expect(alarms.map((alarm) => [alarm.args.metricName, "statistic" in alarm.args ? alarm.args.statistic : alarm.args.extendedStatistic])).toEqual([
      ["5XXError", "Average"],
      ["Latency", "p99"],
    ]);
    for (const alarm of alarms) {
      expect(alarm.args.namespace).toBe("AWS/ApiGateway");
      expect(alarm.args.dimensions).toEqual({ ApiName: "linkgate-prod-Api", Stage: "prod" });
      expect(alarm.args.treatMissingData).toBe("notBreaching");
      expect(alarm.args.period % 60).toBe(0);
    }
  });

  it("describes itself with the stage's label", () => {
    expect(alarms.every((alarm) => alarm.args.alarmDescription.includes("the API's prod stage"))).toBe(true);
  });

  it("has thresholds in the metric's own units: a rate for 5XXError, milliseconds for Latency", () => {
    const [errors, latency] = alarms;
    expect(errors?.args.threshold).toBeGreaterThan(0);
    expect(errors?.args.threshold).toBeLessThan(1);
    expect(latency?.args.threshold).toBeGreaterThanOrEqual(100);
  });
});

describe("alarmEmailFrom", () => {
  it("takes the address from the deploy environment, or none", () => {
    expect(alarmEmailFrom({ [ALARM_EMAIL_VARIABLE]: " ops@example.com " })).toBe("ops@example.com");
    expect(alarmEmailFrom({})).toBeUndefined();
    expect(alarmEmailFrom({ [ALARM_EMAIL_VARIABLE]: "" })).toBeUndefined();
  });

  it("refuses what is not one address, naming the variable", () => {
    expect(() => alarmEmailFrom({ [ALARM_EMAIL_VARIABLE]: "ops@example.com, dev@example.com" })).toThrow(ALARM_EMAIL_VARIABLE);
    expect(() => alarmEmailFrom({ [ALARM_EMAIL_VARIABLE]: "nobody" })).toThrow(ALARM_EMAIL_VARIABLE);
  });
});
