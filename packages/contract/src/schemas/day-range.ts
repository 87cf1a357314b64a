import * as z from "zod";
import { DAY_RANGE_DEFAULT_DAYS, DAY_RANGE_MAX_DAYS, dayNumber } from "../day-ranges";
import { daySchema } from "./common.schemas";

/** `?from=&to=` days (UTC). Defaults are applied by `resolveDayRange` (day-ranges.ts), which needs the clock. */
export const dayRangeQuerySchema = z
  .object({
    from: daySchema.optional().describe(`First day (UTC), included. Default: ${DAY_RANGE_DEFAULT_DAYS - 1} days before \`to\`.`),
    to: daySchema.optional().describe("Last day (UTC), included. Default: today."),
  })
  .superRefine((range, ctx) => {
    if (!range.from || !range.to) return;
    const span = dayNumber(range.to) - dayNumber(range.from) + 1;
    if (span < 1) ctx.addIssue({ code: "custom", path: ["from"], message: "from must be on or before to." });
    if (span > DAY_RANGE_MAX_DAYS) {
      ctx.addIssue({ code: "custom", path: ["from"], message: `A range covers at most ${DAY_RANGE_MAX_DAYS} days.` });
    }
  });
export type DayRangeQuery = z.infer<typeof dayRangeQuerySchema>;
