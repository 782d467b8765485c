import { UTCDate } from "@date-fns/utc";
import { addDays as addDaysToDate, addMonths as addMonthsToDate, differenceInCalendarDays, format, getDaysInMonth } from "date-fns";

/**
 * A calendar date is an ISO "YYYY-MM-DD" string: the storage and wire format. Calendar arithmetic and
 * labels go through date-fns on a UTCDate (every getter and setter in UTC), so no local time zone can
 * ever move a date to the day before or after.
 */
export type CalendarDate = string;

export interface DateInterval {
  start: CalendarDate;
  end: CalendarDate;
}

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function daysInMonth(year: number, month: number): number {
  // Not `new UTCDate(year, month - 1)`: that goes through Date.UTC, which reads years 0–99 as 1900–1999.
  const first = new UTCDate(0);
  first.setFullYear(year, month - 1, 1);
  return getDaysInMonth(first);
}

/**
 * Days since 1970-01-01 of a "YYYY-MM-DD" string, or NaN when it names no real day (30 February rolls
 * over to March and is caught). Hand-written because the timeline turns every event's start and end
 * into day numbers (200k calls for the 100k-event bench): 100k dates take 23–43 ms this way, 310–483 ms
 * through UTCDate + getDaysInMonth + differenceInCalendarDays and 524–795 ms through date-fns parse
 * (`npx tsx bench/day-numbers.ts`, two runs on the shared 2-core machine, 2026-12-07).
 */
function parseDayNumber(value: string): number {
  const match = ISO_DATE.exec(value);
  if (!match) return NaN;
  const year = Number(match[1]);
  const monthIndex = Number(match[2]) - 1;
  const day = Number(match[3]);
  const instant = new Date(0);
  instant.setUTCFullYear(year, monthIndex, day);
  return instant.getUTCMonth() === monthIndex && instant.getUTCDate() === day ? instant.getTime() / MS_PER_DAY : NaN;
}

export function isCalendarDate(value: string): boolean {
  return !Number.isNaN(parseDayNumber(value));
}

const notACalendarDate = (value: string) => new RangeError(`Not a calendar date: "${value}"`);

export function toDayNumber(date: CalendarDate): number {
  const dayNumber = parseDayNumber(date);
  if (Number.isNaN(dayNumber)) throw notACalendarDate(date);
  return dayNumber;
}

export function calendarDateParts(date: CalendarDate): { year: number; month: number; day: number } {
  if (!isCalendarDate(date)) throw notACalendarDate(date);
  const [year, month, day] = date.split("-").map(Number);
  return { year, month, day };
}

/** The string of a year, month and day as given: out-of-range parts stay visible to isCalendarDate instead of rolling over. */
export function formatCalendarDate(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The UTC midnight that starts a calendar date, for date-fns and for d3 time scales that work in UTC. */
export function toUtcDate(date: CalendarDate): UTCDate {
  return new UTCDate(toDayNumber(date) * MS_PER_DAY);
}

/** The calendar date of an instant, read in UTC whatever kind of Date it is. */
export function fromUtcDate(instant: Date): CalendarDate {
  return format(new UTCDate(instant.getTime()), "yyyy-MM-dd");
}

export function fromDayNumber(dayNumber: number): CalendarDate {
  return fromUtcDate(new UTCDate(dayNumber * MS_PER_DAY));
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromUtcDate(addDaysToDate(toUtcDate(date), days));
}

/** Whole months later (or earlier), on the same day of the month or the last day of a shorter month. */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  return fromUtcDate(addMonthsToDate(toUtcDate(date), months));
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return differenceInCalendarDays(toUtcDate(to), toUtcDate(from));
}

/** "29 Oct 2025" */
export function formatDayLabel(date: CalendarDate): string {
  return format(toUtcDate(date), "d MMM y");
}

/** "Oct 2025", for the month a calendar date falls in. */
export function formatMonthLabel(date: CalendarDate): string {
  return format(toUtcDate(date), "MMM y");
}
