import { UTCDate } from "@date-fns/utc";
import { format } from "date-fns";
import { utcDay, utcMonth, utcWeek, utcYear, type TimeInterval } from "d3-time";

const MS_PER_DAY = 86_400_000;

interface Level {
  interval: TimeInterval;
  /** Shortest length in days (a February, a Q1, a non-leap year…), so a level that fits never puts ticks closer than minSpacing. */
  days: number;
  format: (d: Date) => string;
}

/** d3's intervals hand out plain Dates at UTC midnights: read them as UTCDates so the labels are the UTC calendar's. */
const utcLabel = (pattern: string) => (d: Date) => format(new UTCDate(d.getTime()), pattern);

const LEVELS: Level[] = [
  { interval: utcDay, days: 1, format: utcLabel("d") },
  { interval: utcWeek, days: 7, format: utcLabel("d MMM") },
  { interval: utcMonth, days: 28, format: utcLabel("MMM") },
  { interval: utcMonth.every(3)!, days: 90, format: utcLabel("QQQ") },
  { interval: utcYear, days: 365, format: utcLabel("yyyy") },
  { interval: utcYear.every(5)!, days: 1826, format: utcLabel("yyyy") },
  { interval: utcYear.every(10)!, days: 3652, format: utcLabel("yyyy") },
  { interval: utcYear.every(50)!, days: 18262, format: utcLabel("yyyy") },
  { interval: utcYear.every(100)!, days: 36524, format: utcLabel("yyyy") },
];

/** The coarser row shown under each fine level: days → months, months → years, years → nothing. */
const PARENT: Record<number, Level | undefined> = {
  0: { interval: utcMonth, days: 30.44, format: utcLabel("MMMM yyyy") },
  1: { interval: utcMonth, days: 30.44, format: utcLabel("MMMM yyyy") },
  2: { interval: utcYear, days: 365.25, format: utcLabel("yyyy") },
  3: { interval: utcYear, days: 365.25, format: utcLabel("yyyy") },
};

export interface Tick {
  /** Day number where the tick stands (fractional days never occur: ticks fall on UTC midnights). */
  day: number;
  label: string;
}

export interface MultiLevelTicks {
  fine: Tick[];
  coarse: Tick[];
}

/**
 * Ticks for a window of days on a given pixel width: the finest calendar level whose labels keep at
 * least `minSpacing` pixels apart, with a coarser row to say which month or year they are in.
 */
export function multiLevelTicks(fromDay: number, toDay: number, width: number, minSpacing = 56): MultiLevelTicks {
  const span = Math.max(toDay - fromDay, 1e-6);
  const pxPerDay = width / span;
  const levelIndex = LEVELS.findIndex((l) => l.days * pxPerDay >= minSpacing);
  const index = levelIndex === -1 ? LEVELS.length - 1 : levelIndex;
  const level = LEVELS[index];
  const from = new Date(fromDay * MS_PER_DAY);
  const to = new Date(toDay * MS_PER_DAY);
  const toTicks = (l: Level): Tick[] => l.interval.range(from, new Date(to.getTime() + 1)).map((d) => ({ day: Math.round(d.getTime() / MS_PER_DAY), label: l.format(d) }));
  const parent = PARENT[index];
  const coarse = parent ? toTicks(parent) : [];
  // The coarse row also names the period the window starts in, so the first fine ticks are never orphans.
  if (parent && (coarse.length === 0 || coarse[0].day > fromDay)) {
    const start = parent.interval.floor(from);
    coarse.unshift({ day: Math.round(start.getTime() / MS_PER_DAY), label: parent.format(start) });
  }
  return { fine: toTicks(level), coarse };
}
