/**
 * The stage's alarms, as data: what infra/monitoring.ts declares and the mapping tests read.
 * API Gateway publishes `5XXError` as 0 or 1 per request, so its Average over a period is the
 * error rate; `Latency` is in milliseconds, from the request's arrival to the last byte sent.
 */

/** One 5-minute period above 5 % server errors pages someone: a few failures in a quiet minute do not. */
export const SERVER_ERROR_RATE_THRESHOLD = 0.05;
/** p99 above 2 s, three periods in a row: slow for a redirect, and not a single slow burst. */
export const P99_LATENCY_THRESHOLD_MS = 2_000;
export const ALARM_PERIOD_SECONDS = 300;

/** `Name` is a string in tests and a Pulumi Output when infra/monitoring.ts declares the alarms. */
export interface StageRef<Name = string> {
  /** The REST API's name (the `ApiName` dimension), not its id. */
  apiName: Name;
  stage: Name;
}

export interface StageAlarmSpec<Name = string> {
  /** Component name. */
  name: string;
  args: {
    alarmDescription: string;
    namespace: "AWS/ApiGateway";
    metricName: "5XXError" | "Latency";
    dimensions: { ApiName: Name; Stage: Name };
    period: number;
    evaluationPeriods: number;
    threshold: number;
    comparisonOperator: "GreaterThanThreshold";
    // No traffic is not an outage: missing data keeps the alarm OK.
    treatMissingData: "notBreaching";
  } & ({ statistic: "Average" } | { extendedStatistic: "p99" });
}

export function stageAlarmsFor<Name>(ref: StageRef<Name>, label: string): StageAlarmSpec<Name>[] {
  const dimensions = { ApiName: ref.apiName, Stage: ref.stage };
  const common = { namespace: "AWS/ApiGateway", dimensions, period: ALARM_PERIOD_SECONDS, comparisonOperator: "GreaterThanThreshold", treatMissingData: "notBreaching" } as const;
  return [
    {
      name: "ApiServerErrorRateAlarm",
      args: {
        ...common,
        alarmDescription: `More than ${SERVER_ERROR_RATE_THRESHOLD * 100} % of requests to ${label} answered 5xx over ${ALARM_PERIOD_SECONDS / 60} minutes.`,
        metricName: "5XXError",
        statistic: "Average",
        evaluationPeriods: 1,
        threshold: SERVER_ERROR_RATE_THRESHOLD,
      },
    },
    {
      name: "ApiP99LatencyAlarm",
      args: {
        ...common,
        alarmDescription: `p99 latency of ${label} above ${P99_LATENCY_THRESHOLD_MS} ms for 3 periods of ${ALARM_PERIOD_SECONDS / 60} minutes.`,
        metricName: "Latency",
        extendedStatistic: "p99",
        evaluationPeriods: 3,
        threshold: P99_LATENCY_THRESHOLD_MS,
      },
    },
  ];
}

/**
 * Where alarm notifications go: an email address given at deploy time, never in the repository.
 * Without one the topic exists and the alarms fire into it; subscribe later in the console or
 * deploy again with the variable set.
 */
export const ALARM_EMAIL_VARIABLE = "LINKGATE_ALARM_EMAIL";

export function alarmEmailFrom(env: Record<string, string | undefined>): string | undefined {
  const value = env[ALARM_EMAIL_VARIABLE]?.trim();
  if (!value) return undefined;
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) throw new Error(`${ALARM_EMAIL_VARIABLE} must be one email address, got "${value}".`);
  return value;
}
