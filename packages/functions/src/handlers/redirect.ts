import { MetricUnit } from "@aws-lambda-powertools/metrics";
import { NotFound } from "@linkgate/core";
import { definePublicHandler } from "../edge/define-handler";
import { redirectResponse } from "../redirect/redirect-response";
import { metrics } from "../observability/metrics";

export const handler = definePublicHandler(
  "redirect",
  async ({ path }, _caller, { runtime }) => {
    const resolved = await runtime.core.links.resolve(path.code);
    if (!resolved) throw new NotFound(`No link '${path.code}'.`);
    metrics.addMetric("Redirects", MetricUnit.Count, 1);
    return redirectResponse(resolved);
  },
  { htmlNotFound: true },
);
