import { prices } from "./aws-prices";

/**
 * A rough monthly AWS bill from observed call volume, with the list prices of `aws-prices.ts`
 * (us-east-1, x86, on-demand, no free tier).
 */

/**
 * What one API call costs in the model: stated on the page, next to the estimate. 1,024 MB is
 * SST's default memory for a function, and infra/ sets no other.
 */
export const perCall = { lambdaMemoryGb: 1, lambdaSeconds: 0.05, dynamoWrites: 1, dynamoReads: 1 } as const;

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
