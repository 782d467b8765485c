import { formatCalendarDate, type DateInterval } from "./calendar-date";

/** Japan's fiscal year N runs from 1 April of N to 31 March of N+1. */
export function japaneseFiscalYear(year: number): DateInterval & { label: string } {
  if (!Number.isInteger(year) || year < 1 || year > 9998) throw new RangeError(`Not a fiscal year: ${year}`);
  return { start: formatCalendarDate(year, 4, 1), end: formatCalendarDate(year + 1, 3, 31), label: `FY${year}` };
}

/** The Japanese fiscal year an interval is exactly, or null. */
export function japaneseFiscalYearOf(interval: DateInterval): number | null {
  const year = Number(interval.start.slice(0, 4));
  if (!Number.isInteger(year) || year < 1 || year > 9998) return null;
  const fy = japaneseFiscalYear(year);
  return fy.start === interval.start && fy.end === interval.end ? year : null;
}
