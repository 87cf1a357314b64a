/**
 * AWS list prices the cost estimate uses: THE one place they are written (the root README quotes
 * them, and `aws-prices.test.ts` fails when the two disagree). us-east-1, x86, on-demand, first
 * pricing tier, no free tier. Prices change: each carries its source, and the date they were
 * checked.
 */
export const PRICES_CHECKED = "2026-12-02";

export interface AwsPrice {
  usd: number;
  unit: string;
  source: { title: string; url: string };
}

/** Both DynamoDB prices come from the same page. */
const dynamoDbOnDemand = { title: "Amazon DynamoDB on-demand pricing (after the 1 November 2024 reduction)", url: "https://aws.amazon.com/dynamodb/pricing/on-demand/" };

export const prices = {
  apiGatewayRestPerMillion: {
    usd: 3.5,
    unit: "per million REST API calls (first 333 million a month)",
    source: {
      title: "Amazon API Gateway pricing; whitepaper “Best Practices for Designing Amazon API Gateway Private APIs”, Cost optimization, Table 4",
      url: "https://aws.amazon.com/api-gateway/pricing/",
    },
  },
  lambdaRequestsPerMillion: {
    usd: 0.2,
    unit: "per million Lambda requests",
    source: { title: "AWS Lambda pricing; whitepaper “How AWS Pricing Works”, Lambda", url: "https://aws.amazon.com/lambda/pricing/" },
  },
  lambdaPerGbSecond: {
    usd: 0.0000166667,
    unit: "per GB-second of Lambda duration (x86, first 6 billion GB-seconds a month)",
    source: { title: "AWS Lambda pricing (the whitepaper rounds it to $0.00001667)", url: "https://aws.amazon.com/lambda/pricing/" },
  },
  dynamoWritePerMillion: {
    usd: 0.625,
    unit: "per million DynamoDB on-demand write request units",
    source: dynamoDbOnDemand,
  },
  dynamoReadPerMillion: {
    usd: 0.125,
    unit: "per million DynamoDB on-demand read request units",
    source: dynamoDbOnDemand,
  },
} as const satisfies Record<string, AwsPrice>;

/**
 * API Gateway's REST API cache, per hour by cluster size (GB, as API Gateway names the sizes), billed
 * while the cluster exists whether or not it is used. Same page as the REST call price.
 */
export const cacheHourlyPrices = {
  unit: "per hour of an API Gateway cache cluster",
  source: { title: "Amazon API Gateway pricing, REST APIs, caching", url: "https://aws.amazon.com/api-gateway/pricing/" },
  bySizeGb: { "0.5": 0.02, "1.6": 0.038, "6.1": 0.2, "13.5": 0.25, "28.4": 0.5, "58.2": 1, "118": 1.9, "237": 3.8 },
} as const satisfies { unit: string; source: AwsPrice["source"]; bySizeGb: Record<string, number> };

/** The hourly price of a cluster size, or undefined for a size the table does not know. */
export function cacheHourlyUsd(sizeGb: string): number | undefined {
  return Object.hasOwn(cacheHourlyPrices.bySizeGb, sizeGb) ? cacheHourlyPrices.bySizeGb[sizeGb as keyof typeof cacheHourlyPrices.bySizeGb] : undefined;
}

/** `$3.50`, `$0.625`, `$0.0000166667`: as the page and the README write them. */
export function formatPrice(usd: number): string {
  return `$${usd.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 10, useGrouping: false })}`;
}
