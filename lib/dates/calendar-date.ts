/**
 * A calendar date is an ISO "YYYY-MM-DD" string. Arithmetic goes through day numbers counted in UTC,
 * so no local time zone can ever move a date to the day before or after.
 */
export type CalendarDate = string;

export interface DateInterval {
  start: CalendarDate;
  end: CalendarDate;
}

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const MONTH_ABBREVIATIONS = [
  "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
] as const;

/**
 * Milliseconds of a UTC midnight. Unlike Date.UTC, which reads years 0–99 as 1900–1999, this takes
 * every year literally.
 */
function utcMidnight(year: number, monthIndex: number, day: number): number {
  const instant = new Date(0);
  instant.setUTCFullYear(year, monthIndex, day);
  return instant.getTime();
}

export function daysInMonth(year: number, month: number): number {
  return new Date(utcMidnight(year, month, 0)).getUTCDate();
}

export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function calendarDateParts(date: CalendarDate): { year: number; month: number; day: number } {
  if (!isCalendarDate(date)) throw new RangeError(`Not a calendar date: "${date}"`);
  const [year, month, day] = date.split("-").map(Number);
  return { year, month, day };
}

export function formatCalendarDate(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function toDayNumber(date: CalendarDate): number {
  const { year, month, day } = calendarDateParts(date);
  return utcMidnight(year, month - 1, day) / MS_PER_DAY;
}

export function fromDayNumber(dayNumber: number): CalendarDate {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** "29 Oct 2025", built from the string itself. */
export function formatDayLabel(date: CalendarDate): string {
  const { year, month, day } = calendarDateParts(date);
  return `${day} ${MONTH_ABBREVIATIONS[month - 1]} ${year}`;
}

/** The UTC midnight instant of a calendar date, for d3 time scales that work in UTC. */
export function toUtcInstant(date: CalendarDate): Date {
  return new Date(toDayNumber(date) * MS_PER_DAY);
}
