import { tz } from "@date-fns/tz";
import { format } from "date-fns";
import { daysBetween, isCalendarDate, type CalendarDate } from "./calendar-date";

/** Today's calendar date in a time zone, from an injected instant (never the machine's zone). */
export function todayIn(timeZone: string, now: Date): CalendarDate {
  return format(now, "yyyy-MM-dd", { in: tz(timeZone) });
}

export interface Countdown {
  days: number;
  text: string;
}

/** Days from `today` until a deadline that falls due at the end of `due`. */
export function countdown(today: CalendarDate, due: CalendarDate): Countdown {
  const days = daysBetween(today, due);
  if (days > 1) return { days, text: `${days} days left` };
  if (days === 1) return { days, text: "1 day left" };
  if (days === 0) return { days, text: "due today" };
  return { days, text: days === -1 ? "1 day ago" : `${-days} days ago` };
}

/**
 * "Today" for the app: POLICY_TIMELINE_TODAY (YYYY-MM-DD) pins it for tests and reproducible demos;
 * otherwise the current day in the given zone.
 */
export function resolveToday(timeZone: string, env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): CalendarDate {
  const pinned = env.POLICY_TIMELINE_TODAY?.trim();
  if (pinned) {
    if (!isCalendarDate(pinned)) throw new Error(`POLICY_TIMELINE_TODAY must be YYYY-MM-DD, got "${pinned}"`);
    return pinned;
  }
  return todayIn(timeZone, now);
}
