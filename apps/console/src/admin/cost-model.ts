import { cacheHourlyUsd, prices } from "./aws-prices";

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
  /** The stage's cache cluster: its hourly price for the month's hours, 0 without a cluster. */
  cache: number;
  /** The cluster's size when it has no known price (then `cache` is 0 and the page says so). */
  unpricedCacheSizeGb?: string;
  total: number;
}

/** A month of the model: 30 days, as the calls are scaled. */
export const HOURS_PER_MONTH = 30 * 24;

/**
 * Scales the calls seen over `days` to a 30-day month and prices them, with the stage's cache cluster
 * (its size in GB as GetStage reports it; null without one) billed for every hour of the month.
 */
export function estimateMonthlyCost(callsInWindow: number, days: number, cacheSizeGb: string | null = null): CostEstimate {
  const monthlyCalls = days > 0 ? (callsInWindow / days) * 30 : 0;
  const millions = monthlyCalls / 1_000_000;
  const apiGateway = millions * prices.apiGatewayRestPerMillion.usd;
  const lambda = millions * prices.lambdaRequestsPerMillion.usd + monthlyCalls * perCall.lambdaMemoryGb * perCall.lambdaSeconds * prices.lambdaPerGbSecond.usd;
  const dynamodb = millions * (perCall.dynamoWrites * prices.dynamoWritePerMillion.usd + perCall.dynamoReads * prices.dynamoReadPerMillion.usd);
  const hourly = cacheSizeGb === null ? 0 : cacheHourlyUsd(cacheSizeGb);
  const cache = (hourly ?? 0) * HOURS_PER_MONTH;
  return {
    monthlyCalls,
    apiGateway,
    lambda,
    dynamodb,
    cache,
    ...(hourly === undefined && cacheSizeGb !== null ? { unpricedCacheSizeGb: cacheSizeGb } : {}),
    total: apiGateway + lambda + dynamodb + cache,
  };
}
