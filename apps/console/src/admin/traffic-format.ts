/** Share of `errors` in `calls`, 0–1; undefined without calls (a rate of nothing is not 0 %). */
export function errorRate(errors: number, calls: number): number | undefined {
  return calls > 0 ? errors / calls : undefined;
}

const percent = new Intl.NumberFormat(undefined, { style: "percent", maximumFractionDigits: 1 });

export function formatRate(errors: number, calls: number): string {
  const rate = errorRate(errors, calls);
  return rate === undefined ? "–" : percent.format(rate);
}

export function formatLatency(ms: number | null): string {
  return ms === null ? "–" : `${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`;
}
