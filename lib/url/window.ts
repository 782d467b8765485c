import { fromDayNumber, isCalendarDate, toDayNumber } from "@/lib/dates/calendar-date";
import type { Window } from "@/lib/timeline/controller";

/** Reads `YYYY-MM-DD..YYYY-MM-DD` (both days included) as a window of day numbers. */
export function parseWindow(value: string): Window | null {
  const match = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(value.trim());
  if (!match || !isCalendarDate(match[1]) || !isCalendarDate(match[2])) return null;
  const from = toDayNumber(match[1]);
  const to = toDayNumber(match[2]) + 1;
  return to > from ? { from, to } : null;
}

/** Writes a window rounded outwards to whole days. */
export function serializeWindow(w: Window): string {
  const from = Math.floor(w.from + 1e-6);
  const lastDay = Math.max(from, Math.ceil(w.to - 1e-6) - 1);
  return `${fromDayNumber(from)}..${fromDayNumber(lastDay)}`;
}
