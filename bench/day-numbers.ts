// Why toDayNumber stays hand-written while the rest of lib/dates goes through date-fns: the timeline
// turns every event's start and end into day numbers. This times 100,000 calls of each way.
//   npx tsx bench/day-numbers.ts
import { UTCDate } from "@date-fns/utc";
import { differenceInCalendarDays, parse } from "date-fns";
import { addDays, daysInMonth, fromDayNumber, toDayNumber } from "@/lib/dates/calendar-date";
import { median } from "./stats";

const N = 100_000;
const EPOCH = new UTCDate(0);
const dates = Array.from({ length: N }, (_, i) => fromDayNumber(((i * 37) % 40_000) - 5_000));

/** The same count the date-fns way: a UTCDate from the parts, checked against the month's length. */
function viaUtcDate(date: string): number {
  const [year, month, day] = date.split("-").map(Number);
  if (day > daysInMonth(year, month)) return NaN;
  const utc = new UTCDate(0);
  utc.setFullYear(year, month - 1, day);
  return differenceInCalendarDays(utc, EPOCH);
}

function time(label: string, fn: (date: string, i: number) => unknown): void {
  const run = () => {
    const t = performance.now();
    for (let i = 0; i < N; i++) fn(dates[i], i);
    return performance.now() - t;
  };
  run();
  const samples = Array.from({ length: 7 }, run);
  console.log(`${label.padEnd(64)} ${median(samples)!.toFixed(1).padStart(7)} ms / 100k`);
}

time("toDayNumber (regex + setUTCFullYear, kept)", (d) => toDayNumber(d));
time("  date-fns: UTCDate + getDaysInMonth + differenceInCalendarDays", viaUtcDate);
time("  date-fns: differenceInCalendarDays(parse(d, yyyy-MM-dd))", (d) => differenceInCalendarDays(parse(d, "yyyy-MM-dd", EPOCH), EPOCH));
time("fromDayNumber (date-fns format of a UTCDate)", (_, i) => fromDayNumber(i - 5_000));
time("  by hand: toISOString().slice(0, 10)", (_, i) => new Date((i - 5_000) * 86_400_000).toISOString().slice(0, 10));
time("addDays (date-fns addDays + format)", (d) => addDays(d, 3));
