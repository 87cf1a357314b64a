/**
 * A rough monthly AWS bill from observed call volume. List prices, us-east-1, x86, on-demand, no
 * free tier; checked by hand on the date below — prices change: each carries its source.
 */
export const PRICES_CHECKED = "2026-11";
export const prices = {
  apiGatewayRestPerMillion: { usd: 3.5, source: "https://aws.amazon.com/api-gateway/pricing/ (REST APIs, first 333 million)" },
  lambdaRequestsPerMillion: { usd: 0.2, source: "https://aws.amazon.com/lambda/pricing/ (requests)" },
  lambdaPerGbSecond: { usd: 0.0000166667, source: "https://aws.amazon.com/lambda/pricing/ (duration, x86)" },
  dynamoWritePerMillion: { usd: 0.625, source: "https://aws.amazon.com/dynamodb/pricing/on-demand/ (write request units)" },
  dynamoReadPerMillion: { usd: 0.125, source: "https://aws.amazon.com/dynamodb/pricing/on-demand/ (read request units)" },
} as const;

/** What one API call costs in the model: stated on the page, next to the estimate. */
export const perCall = { lambdaMemoryGb: 0.5, lambdaSeconds: 0.05, dynamoWrites: 1, dynamoReads: 1 } as const;

export interface CostEstimate {
  monthlyCalls: number;
  apiGateway: number;
  lambda: number;
  dynamodb: number;
  total: number;
}

/** Scales the calls seen over `days` to a 30-day month and prices them. */
export function estimateMonthlyCost(callsInWindow: number, days: number): CostEstimate {
  const monthlyCalls = days > 0 ? (callsInWindow / days) * 30 : 0;
  const millions = monthlyCalls / 1_000_000;
  const apiGateway = millions * prices.apiGatewayRestPerMillion.usd;
  const lambda = millions * prices.lambdaRequestsPerMillion.usd + monthlyCalls * perCall.lambdaMemoryGb * perCall.lambdaSeconds * prices.lambdaPerGbSecond.usd;
  const dynamodb = millions * (perCall.dynamoWrites * prices.dynamoWritePerMillion.usd + perCall.dynamoReads * prices.dynamoReadPerMillion.usd);
  return { monthlyCalls, apiGateway, lambda, dynamodb, total: apiGateway + lambda + dynamodb };
}
