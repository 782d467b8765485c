import * as chrono from "chrono-node";
import { formatCalendarDate, isCalendarDate, type CalendarDate } from "@/lib/dates/calendar-date";

export interface Publication {
  /** The calendar day printed. */
  day: CalendarDate;
  /** The zone is printed ("+09:00", "JST", "Asia/Tokyo") or given by the editor. */
  zoneStated: boolean;
}

const ISO = /^\s*(\d{4}-\d{2}-\d{2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2}|[A-Z]{2,5}|[A-Za-z]+\/[A-Za-z_]+)?\s*$/;

/**
 * The day of publication from the stamp as printed: "2025-10-28 23:40", "2025-10-28T23:40+09:00",
 * "October 28, 2025". Read as printed, in the publisher's own calendar: never moved through a zone.
 */
export function parsePublication(printed: string, zone?: string): Publication | null {
  const iso = printed.match(ISO);
  if (iso) return isCalendarDate(iso[1]) ? { day: iso[1], zoneStated: Boolean(iso[2] || zone) } : null;
  const [found] = chrono.strict.parse(printed, { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 });
  if (!found || !found.start.isCertain("day") || !found.start.isCertain("month") || !found.start.isCertain("year")) return null;
  return {
    day: formatCalendarDate(found.start.get("year")!, found.start.get("month")!, found.start.get("day")!),
    zoneStated: Boolean(zone || found.start.isCertain("timezoneOffset")),
  };
}
