import { Metrics } from "@aws-lambda-powertools/metrics";
import { afterEveryInvocation } from "../edge/invocation";

/**
 * EMF metrics. Its own module, imported only by the handlers that add metrics, so that a function
 * which never adds one (GET /health) neither bundles nor loads Powertools' metrics; importing it is
 * what makes the edge flush it after every invocation of that function.
 */
export const metrics = new Metrics({ namespace: "Linkgate", serviceName: "linkgate-functions" });

afterEveryInvocation(() => {
  if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
});
