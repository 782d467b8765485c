import {
  calendarDateParts,
  daysInMonth,
  formatCalendarDate,
  formatDayLabel,
  MONTH_ABBREVIATIONS,
  type DateInterval,
} from "./calendar-date";
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
  const s = calendarDateParts(start);
  const e = calendarDateParts(end);
  switch (precision) {
    case "day":
    case "by":
      return start === end ? null : `a "${precision}" date has one day, got ${start}..${end}`;
    case "month":
      return s.day === 1 && e.year === s.year && e.month === s.month && e.day === daysInMonth(s.year, s.month)
        ? null
        : `${start}..${end} is not one whole month`;
    case "quarter": {
      const firstMonth = s.month;
      const quarterEnd = formatCalendarDate(s.year, firstMonth + 2, daysInMonth(s.year, firstMonth + 2));
      return s.day === 1 && (firstMonth - 1) % 3 === 0 && end === quarterEnd
        ? null
        : `${start}..${end} is not one calendar quarter`;
    }
    case "year":
      return start === `${s.year}-01-01` && end === `${s.year}-12-31` ? null : `${start}..${end} is not one calendar year`;
    case "fiscal-year":
      return fiscalYearOf(date) !== null ? null : `${start}..${end} is not a fiscal year (1 Apr–31 Mar, or the U.S. federal 1 Oct–30 Sep)`;
    case "approximate":
      return null;
  }
}

/** The plain-language label a precision gives an interval when the data brings none of its own. */
export function defaultDateLabel(date: DateInterval & { precision: Precision }): string {
  const { start, end, precision } = date;
  const s = calendarDateParts(start);
  switch (precision) {
    case "day":
      return formatDayLabel(start);
    case "month":
      return `${MONTH_ABBREVIATIONS[s.month - 1]} ${s.year}`;
    case "quarter":
      return `Q${(s.month - 1) / 3 + 1} ${s.year}`;
    case "year":
      return String(s.year);
    case "fiscal-year":
      return `FY${fiscalYearOf(date)?.labelYear ?? s.year}`;
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
