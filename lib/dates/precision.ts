import { endOfQuarter, endOfYear, format, isFirstDayOfMonth, isLastDayOfMonth, isSameDay, isSameMonth, startOfQuarter, startOfYear } from "date-fns";
import { formatDayLabel, formatMonthLabel, toUtcDate, type DateInterval } from "./calendar-date";
import { fiscalYearOf } from "./fiscal-year";

/**
 * How precisely a date is known. "by" is a deadline or an upper bound: the thing happens (or happened)
 * on or before the end date, with no known start.
 */
export const PRECISIONS = ["day", "month", "quarter", "year", "fiscal-year", "approximate", "by"] as const;
export type Precision = (typeof PRECISIONS)[number];

export interface EventDate extends DateInterval {
  precision: Precision;
  label: string;
}

/** Why an interval cannot carry the given precision, or null when it fits. */
export function precisionMismatch(date: DateInterval & { precision: Precision }): string | null {
  const { start, end, precision } = date;
  if (start > end) return `start ${start} is after end ${end}`;
  const first = toUtcDate(start);
  const last = toUtcDate(end);
  switch (precision) {
    case "day":
    case "by":
      return start === end ? null : `a "${precision}" date has one day, got ${start}..${end}`;
    case "month":
      return isFirstDayOfMonth(first) && isLastDayOfMonth(last) && isSameMonth(first, last) ? null : `${start}..${end} is not one whole month`;
    case "quarter":
      return isSameDay(first, startOfQuarter(first)) && isSameDay(last, endOfQuarter(first)) ? null : `${start}..${end} is not one calendar quarter`;
    case "year":
      return isSameDay(first, startOfYear(first)) && isSameDay(last, endOfYear(first)) ? null : `${start}..${end} is not one calendar year`;
    case "fiscal-year":
      return fiscalYearOf(date) !== null ? null : `${start}..${end} is not a fiscal year (1 Apr–31 Mar, or the U.S. federal 1 Oct–30 Sep)`;
    case "approximate":
      return null;
  }
}

/** The plain-language label a precision gives an interval when the data brings none of its own. */
export function defaultDateLabel(date: DateInterval & { precision: Precision }): string {
  const { start, end, precision } = date;
  const first = toUtcDate(start);
  switch (precision) {
    case "day":
      return formatDayLabel(start);
    case "month":
      return formatMonthLabel(start);
    case "quarter":
      return format(first, "QQQ y");
    case "year":
      return format(first, "y");
    case "fiscal-year":
      return `FY${fiscalYearOf(date)?.labelYear ?? format(first, "y")}`;
    case "by":
      return `by ${formatDayLabel(end)}`;
    case "approximate":
      return start === end ? `c. ${formatDayLabel(start)}` : `c. ${formatDayLabel(start)} – ${formatDayLabel(end)}`;
  }
}

/** The exact days behind a label, e.g. "1 Apr 2025 – 31 Mar 2026". */
export function exactInterval(date: DateInterval): string {
  return date.start === date.end ? formatDayLabel(date.start) : `${formatDayLabel(date.start)} – ${formatDayLabel(date.end)}`;
}
