import { addYears, subDays } from "date-fns";
import { formatCalendarDate, fromUtcDate, toUtcDate, type DateInterval } from "./calendar-date";

/**
 * Fiscal calendars, by the month a fiscal year starts and the year its label names. Japan's and the
 * U.K. government's FY N run 1 April N – 31 March N+1; the U.S. federal government's FY N runs
 * 1 October N-1 – 30 September N (it is named after the year it ends in). Where no other calendar is
 * known a country's fiscal year is its calendar year.
 */
export interface FiscalCalendar {
  /** 1–12 */
  startMonth: number;
  /** The label's year minus the calendar year the fiscal year starts in (U.S.: 1). */
  labelOffset: number;
}

const APRIL_TO_MARCH: FiscalCalendar = { startMonth: 4, labelOffset: 0 };
const OCTOBER_TO_SEPTEMBER: FiscalCalendar = { startMonth: 10, labelOffset: 1 };
const CALENDAR_YEAR: FiscalCalendar = { startMonth: 1, labelOffset: 0 };

const CALENDARS: Record<string, FiscalCalendar> = { JP: APRIL_TO_MARCH, GB: APRIL_TO_MARCH, IN: APRIL_TO_MARCH, US: OCTOBER_TO_SEPTEMBER };

/** The fiscal calendar of a country (ISO alpha-2); the calendar year where none other is known. */
export function fiscalCalendarOf(country: string | undefined): FiscalCalendar {
  return (country && CALENDARS[country]) || CALENDAR_YEAR;
}

/** The interval and label of fiscal year `labelYear` in a calendar. */
export function fiscalYear(labelYear: number, calendar: FiscalCalendar): DateInterval & { label: string } {
  const startYear = labelYear - calendar.labelOffset;
  if (!Number.isInteger(labelYear) || startYear < 1 || startYear > 9998) throw new RangeError(`Not a fiscal year: ${labelYear}`);
  const start = formatCalendarDate(startYear, calendar.startMonth, 1);
  const end = fromUtcDate(subDays(addYears(toUtcDate(start), 1), 1));
  return { start, end, label: `FY${labelYear}` };
}

/** Japan's fiscal year N runs from 1 April of N to 31 March of N+1. */
export function japaneseFiscalYear(year: number): DateInterval & { label: string } {
  return fiscalYear(year, APRIL_TO_MARCH);
}

/** The label year of the fiscal year an interval is exactly, in any calendar above but the calendar year. */
export function fiscalYearOf(interval: DateInterval): { labelYear: number; calendar: FiscalCalendar } | null {
  const year = Number(interval.start.slice(0, 4));
  if (!Number.isInteger(year) || year < 1 || year > 9998) return null;
  for (const calendar of [APRIL_TO_MARCH, OCTOBER_TO_SEPTEMBER]) {
    const fy = fiscalYear(year + calendar.labelOffset, calendar);
    if (fy.start === interval.start && fy.end === interval.end) return { labelYear: year + calendar.labelOffset, calendar };
  }
  return null;
}
