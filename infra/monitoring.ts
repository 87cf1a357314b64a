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
