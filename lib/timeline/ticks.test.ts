import { describe, expect, it } from "vitest";
import { mulberry32 as prng } from "@/lib/random/mulberry32";
import { fromDayNumber, toDayNumber } from "@/lib/dates/calendar-date";
import { multiLevelTicks, type Tick } from "./ticks";


const day = toDayNumber;
const date = (t: Tick) => fromDayNumber(t.day);
const labels = (ticks: readonly Tick[]) => ticks.map((t) => t.label);
const gaps = (ticks: readonly Tick[]) => ticks.slice(1).map((t, i) => t.day - ticks[i].day);
const weekday = (t: Tick) => new Date(t.day * 86_400_000).getUTCDay();

type LevelName = "days" | "weeks" | "months" | "quarters" | "years" | "5y" | "10y" | "50y" | "100y";

/** Which calendar level a row of fine ticks is, judged from the dates they fall on and their labels. */
function levelOf(fine: readonly Tick[]): LevelName {
  const dates = fine.map(date);
  const g = gaps(fine);
  if (g.every((x) => x === 1)) return "days";
  if (g.every((x) => x === 7)) return "weeks";
  if (dates.every((d) => d.endsWith("-01-01"))) {
    const years = dates.map((d) => Number(d.slice(0, 4)));
    const step = years[1] - years[0];
    expect(years.every((y, i) => i === 0 || y - years[i - 1] === step)).toBe(true);
    return ({ 1: "years", 5: "5y", 10: "10y", 50: "50y", 100: "100y" } as const)[step as 1 | 5 | 10 | 50 | 100] ?? (`?${step}` as LevelName);
  }
  if (fine.every((t) => /^Q[1-4]$/.test(t.label))) return "quarters";
  return "months";
}

describe("multiLevelTicks level choice", () => {
  const from = day("2025-10-15");
  const width = 1000;

  it.each<[number, LevelName]>([
    [10, "days"],
    [60, "weeks"],
    [300, "months"],
    [1_000, "quarters"],
    [4_000, "years"],
    [15_000, "5y"],
    [50_000, "10y"],
    [200_000, "50y"],
    [500_000, "100y"],
  ])("a %d-day window on 1000px shows %s", (span, expected) => {
    const { fine } = multiLevelTicks(from, from + span, width);
    expect(fine.length).toBeGreaterThanOrEqual(2);
    expect(levelOf(fine)).toBe(expected);
  });

  it("goes monotonically coarser as the window widens on a fixed width", () => {
    const order: LevelName[] = ["days", "weeks", "months", "quarters", "years", "5y", "10y", "50y", "100y"];
    let previous = 0;
    const seen = new Set<LevelName>();
    for (let span = 5; span < 600_000; span *= 1.15) {
      const level = levelOf(multiLevelTicks(from, from + span, width).fine);
      const rank = order.indexOf(level);
      expect(rank, `span ${span}`).toBeGreaterThanOrEqual(previous);
      previous = rank;
      seen.add(level);
    }
    expect([...seen]).toEqual(order);
  });

  it("falls back to centuries when even they would be too close", () => {
    const { fine, coarse } = multiLevelTicks(day("1000-01-01"), day("9000-01-01"), 300);
    expect(levelOf(fine)).toBe("100y");
    expect(coarse).toEqual([]);
  });

  it("picks a coarser level for a larger minSpacing", () => {
    expect(levelOf(multiLevelTicks(from, from + 60, width).fine)).toBe("weeks");
    expect(levelOf(multiLevelTicks(from, from + 60, width, 200).fine)).toBe("months");
    expect(levelOf(multiLevelTicks(from, from + 60, width, 10).fine)).toBe("days");
  });

  it("picks a finer level on a wider canvas", () => {
    expect(levelOf(multiLevelTicks(from, from + 300, 1000).fine)).toBe("months");
    expect(levelOf(multiLevelTicks(from, from + 300, 4000).fine)).toBe("weeks");
  });
});

describe("multiLevelTicks labels", () => {
  it("labels days with the day of the month", () => {
    const { fine } = multiLevelTicks(day("2025-10-29"), day("2025-11-03"), 1000);
    expect(labels(fine)).toEqual(["29", "30", "31", "1", "2", "3"]);
    expect(fine[0].day).toBe(day("2025-10-29"));
  });

  it("labels weeks with day and month, on UTC Sundays", () => {
    const { fine } = multiLevelTicks(day("2025-10-15"), day("2025-11-14"), 1000);
    expect(labels(fine)).toEqual(["19 Oct", "26 Oct", "2 Nov", "9 Nov"]);
    for (const t of fine) expect(weekday(t)).toBe(0);
  });

  it("labels months with their abbreviation, on the first of the month", () => {
    const { fine } = multiLevelTicks(day("2025-08-20"), day("2026-03-05"), 1000);
    expect(labels(fine)).toEqual(["Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"]);
    for (const t of fine) expect(date(t)).toMatch(/-01$/);
  });

  it("labels quarters Q1–Q4 on their first days", () => {
    const { fine } = multiLevelTicks(day("2025-05-01"), day("2027-05-01"), 1000);
    expect(labels(fine)).toEqual(["Q3", "Q4", "Q1", "Q2", "Q3", "Q4", "Q1", "Q2"]);
    expect(fine.map(date).slice(0, 3)).toEqual(["2025-07-01", "2025-10-01", "2026-01-01"]);
  });

  it("labels years with the year on 1 January", () => {
    const { fine } = multiLevelTicks(day("2020-06-01"), day("2030-06-01"), 1000);
    expect(labels(fine)).toEqual(["2021", "2022", "2023", "2024", "2025", "2026", "2027", "2028", "2029", "2030"]);
    expect(fine[4]).toEqual({ day: day("2025-01-01"), label: "2025" });
  });

  it("labels multi-year levels with round years", () => {
    expect(labels(multiLevelTicks(day("1990-06-01"), day("2031-06-01"), 1000).fine)).toEqual(["1995", "2000", "2005", "2010", "2015", "2020", "2025", "2030"]);
    expect(labels(multiLevelTicks(day("1900-06-01"), day("2031-06-01"), 1000).fine)).toEqual([
      "1910", "1920", "1930", "1940", "1950", "1960", "1970", "1980", "1990", "2000", "2010", "2020", "2030",
    ]);
  });

  it("labels years before 100 as written, padded to four digits", () => {
    const { fine, coarse } = multiLevelTicks(day("0099-12-30"), day("0100-01-02"), 1000);
    expect(labels(fine)).toEqual(["30", "31", "1", "2"]);
    expect(coarse).toEqual([
      { day: day("0099-12-01"), label: "December 0099" },
      { day: day("0100-01-01"), label: "January 0100" },
    ]);
    expect(labels(multiLevelTicks(day("0044-06-01"), day("0054-06-01"), 1000).fine)).toEqual(["0045", "0046", "0047", "0048", "0049", "0050", "0051", "0052", "0053", "0054"]);
  });

  it("works before 1970 (negative day numbers)", () => {
    const { fine, coarse } = multiLevelTicks(day("1969-12-29"), day("1970-01-03"), 1000);
    expect(labels(fine)).toEqual(["29", "30", "31", "1", "2", "3"]);
    expect(fine[0].day).toBe(-3);
    expect(coarse).toEqual([
      { day: day("1969-12-01"), label: "December 1969" },
      { day: 0, label: "January 1970" },
    ]);
  });
});

describe("multiLevelTicks coarse row", () => {
  it("names the month over days, starting with the month the window starts in", () => {
    const { fine, coarse } = multiLevelTicks(day("2025-10-15"), day("2025-10-22"), 1000);
    expect(levelOf(fine)).toBe("days");
    expect(coarse).toEqual([{ day: day("2025-10-01"), label: "October 2025" }]);
  });

  it("adds each month that starts in the window", () => {
    const { coarse } = multiLevelTicks(day("2025-10-25"), day("2025-11-05"), 1000);
    expect(coarse).toEqual([
      { day: day("2025-10-01"), label: "October 2025" },
      { day: day("2025-11-01"), label: "November 2025" },
    ]);
  });

  it("does not repeat the first month when the window starts on its first day", () => {
    const { coarse } = multiLevelTicks(day("2025-11-01"), day("2025-11-08"), 1000);
    expect(coarse).toEqual([{ day: day("2025-11-01"), label: "November 2025" }]);
  });

  it("names the month a fractional window starts in", () => {
    const from = day("2025-10-31") + 0.75;
    const { fine, coarse } = multiLevelTicks(from, from + 5, 1000);
    expect(fine[0]).toEqual({ day: day("2025-11-01"), label: "1" });
    expect(coarse[0]).toEqual({ day: day("2025-10-01"), label: "October 2025" });
    expect(coarse[1]).toEqual({ day: day("2025-11-01"), label: "November 2025" });
  });

  it("names months over weeks", () => {
    const { fine, coarse } = multiLevelTicks(day("2025-10-15"), day("2025-12-14"), 1000);
    expect(levelOf(fine)).toBe("weeks");
    expect(labels(coarse)).toEqual(["October 2025", "November 2025", "December 2025"]);
  });

  it("names years over months and over quarters", () => {
    const months = multiLevelTicks(day("2025-03-10"), day("2026-01-10"), 1000);
    expect(levelOf(months.fine)).toBe("months");
    expect(months.coarse).toEqual([
      { day: day("2025-01-01"), label: "2025" },
      { day: day("2026-01-01"), label: "2026" },
    ]);
    const quarters = multiLevelTicks(day("2025-05-01"), day("2027-05-01"), 1000);
    expect(levelOf(quarters.fine)).toBe("quarters");
    expect(labels(quarters.coarse)).toEqual(["2025", "2026", "2027"]);
  });

  it("has no coarse row over years or coarser", () => {
    expect(multiLevelTicks(day("2020-06-01"), day("2030-06-01"), 1000).coarse).toEqual([]);
    expect(multiLevelTicks(day("1900-06-01"), day("2031-06-01"), 1000).coarse).toEqual([]);
  });
});

describe("multiLevelTicks properties", () => {
  it("puts fine ticks in the window, on integer days, at least minSpacing px apart; coarse ticks on integer days", () => {
    const random = prng(20251029);
    const levels = new Set<LevelName>();
    for (let n = 0; n < 3_000; n++) {
      const width = 200 + Math.floor(random() * 1_800);
      const minSpacing = n % 3 === 0 ? 56 : 20 + random() * 120;
      // Spans up to where centuries still fit at this width and spacing, log-uniform from a few hours.
      const maxSpan = (36_524 * width) / minSpacing;
      const span = Math.exp(Math.log(0.25) + random() * (Math.log(maxSpan) - Math.log(0.25)));
      const from = -40_000 + random() * 100_000;
      const to = from + span;
      const { fine, coarse } = multiLevelTicks(from, to, width, minSpacing);
      const pxPerDay = width / span;
      const context = `n=${n} from=${from} to=${to} width=${width} minSpacing=${minSpacing}`;
      for (const t of [...fine, ...coarse]) expect(Number.isInteger(t.day), context).toBe(true);
      for (const t of fine) {
        expect(t.day, context).toBeGreaterThanOrEqual(from);
        expect(t.day, context).toBeLessThanOrEqual(to);
      }
      for (const g of gaps(fine)) expect(g * pxPerDay, context).toBeGreaterThanOrEqual(minSpacing - 1e-9);
      for (const g of gaps(coarse)) expect(g, context).toBeGreaterThan(0);
      // The coarse row always starts at or before the window, naming the period it opens in.
      if (coarse.length) expect(coarse[0].day, context).toBeLessThanOrEqual(from);
      if (fine.length >= 2) levels.add(levelOf(fine));
    }
    expect(levels.size).toBe(9);
  });

  it("keeps month ticks minSpacing apart across a short February", () => {
    // 1.9 px a day: an average month (30.44 days) is 57.8 px, but February 2025 is 28 days = 53.2 px.
    const from = day("2025-01-10");
    const span = 120;
    const { fine } = multiLevelTicks(from, from + span, 1.9 * span);
    for (const g of gaps(fine)) expect(g * 1.9).toBeGreaterThanOrEqual(56);
  });

  it("keeps quarter and year ticks minSpacing apart at the tightest zoom that picks them", () => {
    // Just above the threshold for the level by its average length; the shortest quarter is 90 days, the shortest year 365.
    for (const [average, span] of [
      [91.3, 3 * 365],
      [365.25, 12 * 365],
    ]) {
      const pxPerDay = 56 / average + 1e-6;
      const { fine } = multiLevelTicks(day("2025-01-01"), day("2025-01-01") + span, span * pxPerDay);
      for (const g of gaps(fine)) expect(g * pxPerDay).toBeGreaterThanOrEqual(56);
    }
  });
});
