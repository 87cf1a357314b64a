import { MetricUnit } from "@aws-lambda-powertools/metrics";
import { NotFound } from "@linkgate/core";
import { definePublicPathHandler } from "../edge/define-path-handler";
import { redirectResponse } from "../redirect/redirect-response";
import { metrics } from "../observability/metrics";

export const handler = definePublicPathHandler(
  "redirect",
  async ({ code }, { runtime }) => {
    const resolved = await runtime.core.links.resolve(code);
    if (!resolved) throw new NotFound(`No link '${code}'.`);
    metrics.addMetric("Redirects", MetricUnit.Count, 1);
    return redirectResponse(resolved);
  },
  { htmlNotFound: true },
);
