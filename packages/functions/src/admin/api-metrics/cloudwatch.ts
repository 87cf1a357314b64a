import { CloudWatchClient } from "@aws-sdk/client-cloudwatch";
import { awsClientOptions } from "@linkgate/core/aws-clients";

let client: CloudWatchClient | undefined;

/**
 * The metrics routes' CloudWatch client, made on first use so no other function loads it. Region
 * and endpoint come from the standard environment (AWS_REGION, AWS_ENDPOINT_URL_CLOUDWATCH).
 */
export function cloudWatch(): CloudWatchClient {
  client ??= new CloudWatchClient(awsClientOptions());
  return client;
}
