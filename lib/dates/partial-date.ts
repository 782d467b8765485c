import { daysInMonth, formatCalendarDate, isCalendarDate, type DateInterval } from "./calendar-date";

/**
 * Reads "YYYY", "YYYY-MM" or "YYYY-MM-DD" as the interval of days it names, or null when it is not a
 * real date in one of those forms.
 */
export function parsePartialDate(value: string): DateInterval | null {
  if (/^\d{4}$/.test(value)) {
    return { start: `${value}-01-01`, end: `${value}-12-31` };
  }
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) {
    const year = Number(month[1]);
    const m = Number(month[2]);
    if (m < 1 || m > 12) return null;
    return { start: formatCalendarDate(year, m, 1), end: formatCalendarDate(year, m, daysInMonth(year, m)) };
  }
  return isCalendarDate(value) ? { start: value, end: value } : null;
}

/** Inclusive overlap of two day intervals; either bound of the range may be open. */
export function overlaps(event: DateInterval, range: { start?: string; end?: string }): boolean {
  if (range.start !== undefined && event.end < range.start) return false;
  if (range.end !== undefined && event.start > range.end) return false;
  return true;
}
