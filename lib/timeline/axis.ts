import { scaleUtc } from "d3-scale";
import { utcFormat } from "d3-time-format";
import { addDays, fromDayNumber, toDayNumber, toUtcInstant, type DateInterval } from "@/lib/dates/calendar-date";

export interface AxisTick {
  x: number;
  label: string;
}

export interface DayAxis {
  domain: DateInterval;
  width: number;
  /** x of the start of a day. */
  x: (date: string) => number;
  ticks: AxisTick[];
}

/**
 * A horizontal scale over whole days. d3 works on instants; every instant here is a UTC midnight, so
 * a tick never lands on the neighbouring day in any browser's zone.
 */
export function dayAxis(domain: DateInterval, width: number, tickCount = 8): DayAxis {
  const scale = scaleUtc()
    .domain([toUtcInstant(domain.start), toUtcInstant(addDays(domain.end, 1))])
    .range([0, width]);
  const ticks = scale.ticks(tickCount);
  const format = tickFormat(ticks);
  return {
    domain,
    width,
    x: (date) => scale(toUtcInstant(date)),
    ticks: ticks.map((t) => ({ x: scale(t), label: format(t) })),
  };
}

function tickFormat(ticks: Date[]): (d: Date) => string {
  const allJanuaryFirst = ticks.every((t) => t.getUTCMonth() === 0 && t.getUTCDate() === 1);
  if (allJanuaryFirst) return utcFormat("%Y");
  const allFirstOfMonth = ticks.every((t) => t.getUTCDate() === 1);
  if (allFirstOfMonth) return (d) => (d.getUTCMonth() === 0 ? utcFormat("%Y")(d) : utcFormat("%b %Y")(d));
  return utcFormat("%-d %b %Y");
}

/** The days every interval covers, padded by a share of its length on each side so marks never touch the edge. */
export function paddedDomain(intervals: readonly DateInterval[], padShare = 0.05, minDays = 30): DateInterval | null {
  if (intervals.length === 0) return null;
  let lo = Infinity;
  let hi = -Infinity;
  for (const i of intervals) {
    lo = Math.min(lo, toDayNumber(i.start));
    hi = Math.max(hi, toDayNumber(i.end));
  }
  const span = Math.max(hi - lo, minDays);
  const pad = Math.ceil(span * padShare);
  return { start: fromDayNumber(lo - pad), end: fromDayNumber(hi + pad) };
}
