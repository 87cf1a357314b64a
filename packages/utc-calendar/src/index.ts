export { DAY_MS, epochDay, formatEpochDay, parseEpochDay, utcDay } from "./utc-day";
export { nextPeriodStart, periodStart, type CalendarPeriod } from "./utc-period";
