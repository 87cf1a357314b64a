import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cacheHourlyPrices, cacheHourlyUsd, formatPrice, prices, PRICES_CHECKED } from "./aws-prices";

/** The root README quotes the prices (Deploy → What it costs); this keeps it in step with aws-prices.ts. */
const readme = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "../../../../README.md"), "utf8");
const costStart = readme.indexOf("**What it costs**");
const costEnd = readme.indexOf("\n## ", costStart);
const costSection = readme.slice(costStart, costEnd === -1 ? undefined : costEnd);

describe("AWS prices", () => {
  it("formats prices as the page and the README write them", () => {
    expect([3.5, 0.2, 0.0000166667, 0.625, 0.125].map(formatPrice)).toEqual(["$3.50", "$0.20", "$0.0000166667", "$0.625", "$0.125"]);
  });

  it("are the ones the root README quotes, with the same check date and sources", () => {
    expect(costSection.length).toBeGreaterThan(100);
    expect(costSection).toContain(`looked up ${PRICES_CHECKED}`);
    for (const price of Object.values(prices)) {
      expect(costSection, price.unit).toContain(formatPrice(price.usd));
      expect(costSection, price.unit).toContain(price.source.url);
    }
    for (const [size, usd] of Object.entries(cacheHourlyPrices.bySizeGb)) expect(costSection, `cache ${size} GB`).toContain(`${size} GB ${formatPrice(usd)}`);
  });

  it("price every cache size API Gateway offers, from $0.02 to $3.80 an hour", () => {
    // Sorted by size: integer-like keys ("118", "237") come first in an object's own order.
    expect(Object.keys(cacheHourlyPrices.bySizeGb).sort((a, b) => Number(a) - Number(b))).toEqual(["0.5", "1.6", "6.1", "13.5", "28.4", "58.2", "118", "237"]);
    expect([cacheHourlyUsd("0.5"), cacheHourlyUsd("237"), cacheHourlyUsd("1"), cacheHourlyUsd("toString")]).toEqual([0.02, 3.8, undefined, undefined]);
  });
});
