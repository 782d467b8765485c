import type { CalendarDate } from "./calendar-date";
import { countdown, type Countdown } from "./countdown";

interface DeadlineCandidate {
  kind: string;
  status: string;
  date: { end: CalendarDate; timezone?: string };
}

/**
 * Where a deadline stands: still ahead (due), past its day with no outcome recorded (overdue), or
 * closed by its status (met, missed, superseded by a later deadline).
 */
export const DEADLINE_STATES = ["due", "overdue", "met", "missed", "superseded"] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];

export interface DeadlineEntry<T> {
  item: T;
  due: CalendarDate;
  state: DeadlineState;
  /** Signed days from the item's today to its due day: negative once the day has passed. */
  countdown: Countdown;
}

const CLOSED_STATES: ReadonlySet<string> = new Set<DeadlineState>(["met", "missed", "superseded"]);

/** The zone a deadline's "today" is counted in: its own, else UTC. */
export function deadlineZone(item: { date: { timezone?: string } }): string {
  return item.date.timezone ?? "UTC";
}

function stateOf(status: string, days: number): DeadlineState {
  if (CLOSED_STATES.has(status)) return status as DeadlineState;
  return days >= 0 ? "due" : "overdue";
}

/**
 * Every deadline among the items, soonest due first (stable for ties), classified against each item's
 * own today. A deadline falls due at the end of its interval: FY2025 is due on 31 March 2026.
 */
export function classifyDeadlines<T extends DeadlineCandidate>(items: readonly T[], todayFor: (item: T) => CalendarDate): DeadlineEntry<T>[] {
  return items
    .filter((item) => item.kind === "deadline")
    .map((item) => {
      const left = countdown(todayFor(item), item.date.end);
      return { item, due: item.date.end, state: stateOf(item.status, left.days), countdown: left };
    })
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}

/** Deadlines whose outcome is not recorded yet (due or overdue), soonest first. */
export function openDeadlines<T extends DeadlineCandidate>(items: readonly T[], todayFor: (item: T) => CalendarDate): DeadlineEntry<T>[] {
  return classifyDeadlines(items, todayFor).filter((entry) => entry.state === "due" || entry.state === "overdue");
}

/** The entries in one group per state, in DEADLINE_STATES order, empty groups included. */
export function groupDeadlines<T>(entries: readonly DeadlineEntry<T>[]): { state: DeadlineState; entries: DeadlineEntry<T>[] }[] {
  return DEADLINE_STATES.map((state) => ({ state, entries: entries.filter((entry) => entry.state === state) }));
}

function dayCount(days: number): string {
  return days === 1 ? "1 day" : `${days} days`;
}

/** The entry's due day relative to today, in words that fit its state ("35 days left", "overdue by 240 days; …"). */
export function describeDeadline(entry: Pick<DeadlineEntry<unknown>, "state" | "countdown">): string {
  const { days } = entry.countdown;
  switch (entry.state) {
    case "due":
      return entry.countdown.text;
    case "overdue":
      return `overdue by ${dayCount(-days)}; outcome not recorded`;
    case "superseded":
      return "no longer in force";
    default:
      return days > 0 ? `due in ${dayCount(days)}` : days === 0 ? "due today" : `due ${dayCount(-days)} ago`;
  }
}
