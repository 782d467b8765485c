import { utcDay, utcMonth, utcWeek, utcYear, type TimeInterval } from "d3-time";
import { utcFormat } from "d3-time-format";

const MS_PER_DAY = 86_400_000;

interface Level {
  interval: TimeInterval;
  /** Shortest length in days (a February, a Q1, a non-leap year…), so a level that fits never puts ticks closer than minSpacing. */
  days: number;
  format: (d: Date) => string;
}

const LEVELS: Level[] = [
  { interval: utcDay, days: 1, format: utcFormat("%-d") },
  { interval: utcWeek, days: 7, format: utcFormat("%-d %b") },
  { interval: utcMonth, days: 28, format: utcFormat("%b") },
  { interval: utcMonth.every(3)!, days: 90, format: (d) => `Q${Math.floor(d.getUTCMonth() / 3) + 1}` },
  { interval: utcYear, days: 365, format: utcFormat("%Y") },
  { interval: utcYear.every(5)!, days: 1826, format: utcFormat("%Y") },
  { interval: utcYear.every(10)!, days: 3652, format: utcFormat("%Y") },
  { interval: utcYear.every(50)!, days: 18262, format: utcFormat("%Y") },
  { interval: utcYear.every(100)!, days: 36524, format: utcFormat("%Y") },
];

/** The coarser row shown under each fine level: days → months, months → years, years → nothing. */
const PARENT: Record<number, Level | undefined> = {
  0: { interval: utcMonth, days: 30.44, format: utcFormat("%B %Y") },
  1: { interval: utcMonth, days: 30.44, format: utcFormat("%B %Y") },
  2: { interval: utcYear, days: 365.25, format: utcFormat("%Y") },
  3: { interval: utcYear, days: 365.25, format: utcFormat("%Y") },
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
