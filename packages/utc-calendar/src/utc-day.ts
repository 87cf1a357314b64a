/** Milliseconds in a UTC day: epoch time has no leap seconds, so every day is exactly this long. */
export const DAY_MS = 86_400_000;

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Days since 1970-01-01 of an instant (epoch ms), in UTC: the integer key of a calendar day. */
export function epochDay(ms: number): number {
  return Math.floor(ms / DAY_MS);
}

/** `YYYY-MM-DD` of an epoch day (years 0000–9999, the four-digit years `parseEpochDay` reads). */
export function formatEpochDay(day: number): string {
  return utcDay(day * DAY_MS);
}

/** Parses `YYYY-MM-DD` to an epoch day; undefined unless it is a real calendar date (no 2026-02-30). */
export function parseEpochDay(text: string): number | undefined {
  if (!DAY_PATTERN.test(text)) return undefined;
  const ms = Date.parse(`${text}T00:00:00Z`);
  // Date.parse rolls some impossible dates over (2026-02-30 → March 2): formatting back catches them.
  if (Number.isNaN(ms) || utcDay(ms) !== text) return undefined;
  return epochDay(ms);
}

/** The UTC calendar day, `YYYY-MM-DD`, of an instant. */
export function utcDay(time: Date | number): string {
  return (typeof time === "number" ? new Date(time) : time).toISOString().slice(0, 10);
}
