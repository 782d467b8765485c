import { z } from "zod";
import { isCalendarDate } from "@/lib/dates/calendar-date";
import { PRECISIONS, precisionMismatch } from "@/lib/dates/precision";

export const calendarDateSchema = z
  .string()
  .refine(isCalendarDate, { message: "must be a real calendar date written YYYY-MM-DD" })
  .meta({ format: "date", description: "A calendar date, YYYY-MM-DD (not an instant)." });

export const eventDateSchema = z
  .object({
    start: calendarDateSchema,
    end: calendarDateSchema,
    precision: z.enum(PRECISIONS),
    label: z.string().trim().min(1),
    timezone: z.string().optional(),
    note: z.string().optional(),
  })
  .superRefine((date, ctx) => {
    if (!isCalendarDate(date.start) || !isCalendarDate(date.end)) return;
    const mismatch = precisionMismatch(date);
    if (mismatch) ctx.addIssue({ code: "custom", message: mismatch, path: ["precision"] });
    if (date.timezone && !isTimeZone(date.timezone)) {
      ctx.addIssue({ code: "custom", message: `unknown time zone "${date.timezone}"`, path: ["timezone"] });
    }
  });

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
