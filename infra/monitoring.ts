import { accessLogMetricFilters } from "@linkgate/contract/access-log-metrics";
import { alarmEmailFrom, stageAlarmsFor } from "./mapping/monitoring";
import { api } from "./api";

/**
 * The stage's alarms (mapping/monitoring.ts) and the SNS topic they notify. The email subscription
 * comes from the deploy environment (LINKGATE_ALARM_EMAIL); AWS sends a confirmation mail first.
 */
export const alarmTopic = new aws.sns.Topic("ApiAlarms");

const email = alarmEmailFrom(process.env);
if (email) new aws.sns.TopicSubscription("ApiAlarmsEmail", { topic: alarmTopic.arn, protocol: "email", endpoint: email });

const stage = api.nodes.stage;
if (!stage) throw new Error("The API stage exists only after api.deploy().");

export const stageAlarms = stageAlarmsFor({ apiName: api.nodes.api.name, stage: stage.stageName }, `the ${$app.name} API's ${$app.stage} stage`).map(
  (spec) => new aws.cloudwatch.MetricAlarm(spec.name, { ...spec.args, alarmActions: [alarmTopic.arn], okActions: [alarmTopic.arn] }),
);

const accessLog = api.nodes.logGroup;
if (!accessLog) throw new Error("The API's access log group exists only after api.deploy().");

/** Throttle and quota refusals as metrics, counted from the access log (contract: access-log-metrics.ts). */
export const refusalMetricFilters = Object.entries(accessLogMetricFilters).map(
  ([key, filter]) =>
    new aws.cloudwatch.LogMetricFilter(`ApiRefusals${key[0]?.toUpperCase()}${key.slice(1)}`, {
      logGroupName: accessLog.name,
      pattern: filter.pattern,
      metricTransformation: { namespace: filter.namespace, name: filter.metricName, value: filter.value, dimensions: filter.dimensions, unit: "Count" },
    }),
);
