import { endOfMonth, endOfQuarter, getDay, startOfMonth } from "date-fns";
import {
  addDays,
  addMonths,
  calendarDateParts,
  daysBetween,
  daysInMonth,
  formatCalendarDate,
  formatDayLabel,
  formatMonthLabel,
  fromUtcDate,
  toUtcDate,
  type CalendarDate,
} from "@/lib/dates/calendar-date";
import { fiscalCalendarOf, fiscalYear } from "@/lib/dates/fiscal-year";
import type { Precision } from "@/lib/dates/precision";
import type { DateMention, DateParts } from "./date-mentions";

export interface ProposedDate {
  start: CalendarDate;
  end: CalendarDate;
  precision: Precision;
  label: string;
}

export interface ResolvedDate {
  date: ProposedDate;
  /** A deadline ("by the end of 2026"): the claim is due on or before date.end. */
  deadline: boolean;
  /** The interval the deadline closes, e.g. FY2025 for "by fiscal year 2025". */
  period: ProposedDate;
  /** Why the date is what it is, in an analyst's words, for the reviewer. */
  notes: string[];
}

export interface DateContext {
  /** The day of publication, as printed. */
  published: CalendarDate;
  /** The country whose fiscal calendar a fiscal year follows. */
  country?: string;
  countryName?: string;
  /** The claim is about the future ("will", "plans to"): a bare weekday is the next one. */
  future: boolean;
}

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** 0 = Sunday … 6 = Saturday */
export function weekdayOf(date: CalendarDate): number {
  return getDay(toUtcDate(date));
}

const lastDayOfMonth = (date: CalendarDate) => fromUtcDate(endOfMonth(toUtcDate(date)));

const yearInterval = (year: number): ProposedDate => ({ start: formatCalendarDate(year, 1, 1), end: formatCalendarDate(year, 12, 31), precision: "year", label: String(year) });

function monthInterval(year: number, month: number): ProposedDate {
  const start = formatCalendarDate(year, month, 1);
  return { start, end: lastDayOfMonth(start), precision: "month", label: formatMonthLabel(start) };
}

const day = (date: CalendarDate): ProposedDate => ({ start: date, end: date, precision: "day", label: formatDayLabel(date) });

function approximate(start: CalendarDate, end: CalendarDate, label: string): ProposedDate {
  return { start, end, precision: "approximate", label };
}

const PARTS = { early: [1, 4], mid: [5, 8], late: [9, 12] } as const;

/**
 * A day the text names. With no year printed, the year that puts it nearest the publication ("October
 * 29" in an article of 28 Oct 2025 is 2025; "December 31" in one of 2 Jan 2026 is 2025). A printed
 * weekday is checked, and a mismatch noted, never used to move the date to another year.
 */
function explicitDay(parts: DateParts, context: DateContext, notes: string[]): CalendarDate {
  const build = (y: number) => formatCalendarDate(y, parts.month!, Math.min(parts.day!, daysInMonth(y, parts.month!)));
  let year = parts.year;
  if (year === undefined) {
    const published = calendarDateParts(context.published).year;
    year = [published - 1, published, published + 1].sort((a, b) => Math.abs(daysBetween(context.published, build(a))) - Math.abs(daysBetween(context.published, build(b))))[0];
    notes.push(`The year is not printed; ${year}, the one nearest the publication date (${formatDayLabel(context.published)}).`);
  }
  const date = build(year);
  if (parts.weekday !== undefined) {
    const actual = weekdayOf(date);
    if (actual === parts.weekday) notes.push(`The weekday checks out: ${formatDayLabel(date)} is a ${WEEKDAYS[actual]}.`);
    else notes.push(`Weekday mismatch: the text says ${WEEKDAYS[parts.weekday]}, but ${formatDayLabel(date)} is a ${WEEKDAYS[actual]}.`);
  }
  return date;
}

function baseInterval(mention: DateMention, context: DateContext, notes: string[]): ProposedDate {
  const { start } = mention;
  switch (mention.kind) {
    case "fiscal": {
      const federal = mention.flags.includes("us-federal");
      const calendar = fiscalCalendarOf(federal ? "US" : context.country);
      const fy = fiscalYear(start.year!, calendar);
      const where = federal ? "U.S. federal" : (context.countryName ?? context.country);
      if (calendar.startMonth === 1) {
        notes.push(`No fiscal calendar is known${where ? ` for ${where}` : ""}; FY${start.year} is read as the calendar year.`);
        return { ...yearInterval(start.year!), label: fy.label };
      }
      notes.push(`${where ?? "The"} fiscal year ${start.year}: ${formatDayLabel(fy.start)} – ${formatDayLabel(fy.end)}.`);
      return { start: fy.start, end: fy.end, precision: "fiscal-year", label: fy.label };
    }
    case "quarter": {
      const year = start.year ?? start.impliedYear!;
      if (start.year === undefined) notes.push(`The year is not printed; taken from the publication date as ${year}.`);
      const from = formatCalendarDate(year, start.month!, 1);
      return { start: from, end: fromUtcDate(endOfQuarter(toUtcDate(from))), precision: "quarter", label: `Q${mention.quarter} ${year}` };
    }
    case "part": {
      const part = (["early", "mid", "late"] as const).find((p) => mention.flags.includes(p))!;
      const [from, to] = PARTS[part];
      return approximate(formatCalendarDate(start.year!, from, 1), lastDayOfMonth(formatCalendarDate(start.year!, to, 1)), `${part} ${start.year}`);
    }
    case "decade": {
      const part = (["early", "mid", "late"] as const).find((p) => mention.flags.includes(p));
      const [from, to] = part === "early" ? [0, 3] : part === "mid" ? [3, 6] : part === "late" ? [6, 9] : [0, 9];
      return approximate(`${start.year! + from}-01-01`, `${start.year! + to}-12-31`, `${part ? `${part} ` : ""}${start.year}s`);
    }
    case "within": {
      const { amount, unit } = mention.within!;
      const end = unit === "day" ? addDays(context.published, amount) : unit === "week" ? addDays(context.published, 7 * amount) : addMonths(context.published, unit === "month" ? amount : 12 * amount);
      notes.push(`Counted from the publication date, ${formatDayLabel(context.published)}.`);
      return { start: end, end, precision: "by", label: `within ${amount} ${unit}${amount === 1 ? "" : "s"} (by ${formatDayLabel(end)})` };
    }
    case "year":
      return yearInterval(start.year!);
    case "chrono":
      return chronoInterval(mention, context, notes);
  }
}

function chronoInterval(mention: DateMention, context: DateContext, notes: string[]): ProposedDate {
  const { start, rangeEnd } = mention;
  if (mention.flags.includes("relative-week")) {
    const anchor = formatCalendarDate(start.year!, start.month!, start.day!);
    const monday = addDays(anchor, -((weekdayOf(anchor) + 6) % 7));
    notes.push(`"${mention.text}" counted from the publication date, ${formatDayLabel(context.published)}: the week of ${formatDayLabel(monday)}.`);
    return approximate(monday, addDays(monday, 6), `week of ${formatDayLabel(monday)}`);
  }
  if (start.day === undefined && start.month === undefined && start.weekday !== undefined) {
    // A bare weekday: the last one on or before publication for a past act, the next one for a plan
    const today = weekdayOf(context.published);
    const back = (today - start.weekday + 7) % 7;
    const date = context.future ? addDays(context.published, (start.weekday - today + 7) % 7 || 7) : addDays(context.published, -back);
    notes.push(`"${mention.text}" read as the ${context.future ? "next" : "last"} ${WEEKDAYS[start.weekday]} ${context.future ? "after" : "on or before"} publication (${formatDayLabel(context.published)}).`);
    return day(date);
  }
  const relative = mention.flags.includes("relative");
  if (relative) notes.push(`"${mention.text}" counted from the publication date, ${formatDayLabel(context.published)}.`);
  const from = startInterval(start, context, notes);
  if (!rangeEnd) return from;
  const to = startInterval({ ...rangeEnd, year: rangeEnd.year ?? (start.year !== undefined ? start.year : undefined) }, context, []);
  if (to.end < from.start) return from;
  return approximate(from.start, to.end, rangeLabel(from, to));
}

function startInterval(parts: DateParts, context: DateContext, notes: string[]): ProposedDate {
  if (parts.day !== undefined && parts.month !== undefined) return day(explicitDay(parts, context, notes));
  const year = parts.year ?? parts.impliedYear ?? calendarDateParts(context.published).year;
  if (parts.month !== undefined) {
    if (parts.year === undefined) notes.push(`The year is not printed; taken from the publication date as ${year}.`);
    return monthInterval(year, parts.month);
  }
  return yearInterval(year);
}

function rangeLabel(from: ProposedDate, to: ProposedDate): string {
  if (from.precision === "day" && to.precision === "day") {
    if (from.start.slice(0, 7) === to.end.slice(0, 7)) return `${calendarDateParts(from.start).day}–${formatDayLabel(to.end)}`;
  }
  return `${from.label} – ${to.label}`;
}

/** What a date mention means, as an interval with its precision and label, and why. */
export function resolveDate(mention: DateMention, context: DateContext): ResolvedDate {
  const notes: string[] = [];
  const period = baseInterval(mention, context, notes);
  const endOf = mention.flags.includes("end-of");
  if (mention.flags.includes("before")) {
    const last = addDays(period.start, -1);
    return { date: { start: last, end: last, precision: "by", label: `before ${period.label}` }, deadline: true, period, notes: [...notes, `"Before ${period.label}" ends on ${formatDayLabel(last)}.`] };
  }
  if (mention.flags.includes("by") || period.precision === "by") {
    const label = period.precision === "by" ? period.label : endOf ? `by end of ${period.label}` : `by ${period.label}`;
    return { date: { start: period.end, end: period.end, precision: "by", label }, deadline: true, period, notes };
  }
  if (endOf && period.precision !== "day") {
    // "the end of 2026" without "by": its last month (its last ten days for a month)
    const start = period.precision === "month" ? addDays(period.end, -9) : fromUtcDate(startOfMonth(toUtcDate(period.end)));
    return { date: approximate(start, period.end, `end of ${period.label}`), deadline: false, period, notes };
  }
  return { date: period, deadline: false, period, notes };
}
