import type { CalendarDate } from "./calendar-date";
import { countdown, type Countdown } from "./countdown";

interface DeadlineCandidate {
  kind: string;
  status: string;
  date: { end: CalendarDate };
}

export interface DeadlineEntry<T> {
  item: T;
  due: CalendarDate;
  countdown: Countdown;
}

const OPEN_STATUSES = new Set(["due", "planned"]);

/**
 * Deadlines still open (due or planned), soonest first, with the days left from each item's own "today" (its zone's). A deadline
 * falls due at the end of its interval: FY2025 is due on 31 March 2026.
 */
export function openDeadlines<T extends DeadlineCandidate>(
  items: readonly T[],
  todayFor: (item: T) => CalendarDate,
): DeadlineEntry<T>[] {
  return items
    .filter((item) => item.kind === "deadline" && OPEN_STATUSES.has(item.status))
    .map((item) => ({ item, due: item.date.end, countdown: countdown(todayFor(item), item.date.end) }))
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}
