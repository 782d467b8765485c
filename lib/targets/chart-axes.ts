import { scaleLinear } from "d3-scale";
import { formatCalendarDate, toDayNumber } from "@/lib/dates/calendar-date";

export interface AxisTick {
  /** Pixel position along the axis. */
  at: number;
  label: string;
}

export interface YearDomain {
  fromDay: number;
  toDay: number;
  ticks: { day: number; label: string }[];
}

const YEAR_STEPS = [1, 2, 5, 10, 20, 50, 100];
const MIN_PX_PER_YEAR_LABEL = 48;

const januaryFirst = (year: number) => toDayNumber(formatCalendarDate(year, 1, 1));

/** Whole years around the given years, with a tick every 1, 2, 5, … years so that labels fit the width. */
export function yearDomain(firstYear: number, lastYear: number, plotWidth: number): YearDomain {
  const years = lastYear + 1 - firstYear;
  const step = YEAR_STEPS.find((s) => (plotWidth * s) / years >= MIN_PX_PER_YEAR_LABEL) ?? YEAR_STEPS.at(-1)!;
  const from = Math.floor(firstYear / step) * step;
  const to = Math.ceil((lastYear + 1) / step) * step;
  const ticks: YearDomain["ticks"] = [];
  for (let year = from; year <= to; year += step) ticks.push({ day: januaryFirst(year), label: String(year) });
  return { fromDay: januaryFirst(from), toDay: januaryFirst(to), ticks };
}

/** "3.5%" for a percentage unit, "3.5" otherwise; never a floating-point tail. */
export function formatValue(value: number, unit: string): string {
  const number = String(Number(value.toPrecision(12)));
  return unit.trim().startsWith("%") ? `${number}%` : number;
}

/** A linear scale from 0 (or the lowest value) to a round number a little above the highest value. */
export function valueScale(values: readonly number[], range: [number, number]) {
  const low = Math.min(0, ...values);
  const high = Math.max(...values, low);
  return scaleLinear()
    .domain([low, high > low ? high + (high - low) * 0.08 : low + 1])
    .nice(5)
    .range(range);
}
