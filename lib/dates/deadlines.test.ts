import { describe, expect, it } from "vitest";
import { todayIn } from "./countdown";
import { classifyDeadlines, deadlineZone, describeDeadline, groupDeadlines, openDeadlines } from "./deadlines";

interface Item {
  slug: string;
  kind: string;
  status: string;
  date: { start: string; end: string; timezone?: string };
}

const item = (slug: string, kind: string, status: string, end: string, timezone?: string, start = end): Item => ({
  slug,
  kind,
  status,
  date: { start, end, ...(timezone ? { timezone } : {}) },
});

const items: Item[] = [
  item("docs-by-2026", "deadline", "due", "2026-12-31", "Asia/Tokyo"),
  item("fy2025", "deadline", "due", "2026-03-31", undefined, "2025-04-01"),
  item("fy2027-superseded", "deadline", "superseded", "2028-03-31", undefined, "2027-04-01"),
  item("planned-2027", "deadline", "planned", "2027-06-30"),
  item("met", "deadline", "met", "2026-01-31"),
  item("missed", "deadline", "missed", "2025-12-31"),
  item("meeting", "meeting", "due", "2026-01-01"),
  item("proposal", "target-proposal", "planned", "2026-01-01"),
];

const PINNED = () => "2026-11-26";
/** Today in each item's own zone at one instant, as the pages compute it. */
const at = (instant: string) => (i: Item) => todayIn(deadlineZone(i), new Date(instant));
const bySlug = <T extends { item: Item }>(entries: T[]) => Object.fromEntries(entries.map((e) => [e.item.slug, e]));

describe("deadlineZone", () => {
  it("is the item's zone, else UTC", () => {
    expect(deadlineZone(item("a", "deadline", "due", "2026-12-31", "Asia/Tokyo"))).toBe("Asia/Tokyo");
    expect(deadlineZone(item("b", "deadline", "due", "2026-12-31"))).toBe("UTC");
  });
});

describe("classifyDeadlines", () => {
  it("keeps every deadline, and only deadlines, soonest due first", () => {
    expect(classifyDeadlines(items, PINNED).map((d) => d.item.slug)).toEqual([
      "missed",
      "met",
      "fy2025",
      "docs-by-2026",
      "planned-2027",
      "fy2027-superseded",
    ]);
  });

  it("counts 35 days to the end of 2026 and 240 days overdue for FY2025 on 26 Nov 2026", () => {
    const result = bySlug(classifyDeadlines(items, PINNED));
    expect(result["docs-by-2026"]).toMatchObject({ due: "2026-12-31", state: "due", countdown: { days: 35 } });
    expect(result["fy2025"]).toMatchObject({ due: "2026-03-31", state: "overdue", countdown: { days: -240 } });
    expect(result["planned-2027"]).toMatchObject({ state: "due", countdown: { days: 216 } });
  });

  it("classifies met, missed and superseded by status, whatever the date", () => {
    const result = bySlug(classifyDeadlines(items, PINNED));
    expect(result["met"].state).toBe("met");
    expect(result["missed"].state).toBe("missed");
    expect(result["fy2027-superseded"]).toMatchObject({ state: "superseded", countdown: { days: 491 } });
  });

  it("is due on the due day itself and overdue the day after", () => {
    const due = [item("d", "deadline", "due", "2026-12-31")];
    expect(classifyDeadlines(due, () => "2026-12-31")[0]).toMatchObject({ state: "due", countdown: { days: 0 } });
    expect(classifyDeadlines(due, () => "2027-01-01")[0]).toMatchObject({ state: "overdue", countdown: { days: -1 } });
  });

  it("counts across month and year ends", () => {
    const due = [item("d", "deadline", "due", "2027-01-01")];
    expect(classifyDeadlines(due, () => "2026-12-31")[0].countdown.days).toBe(1);
    expect(classifyDeadlines(due, () => "2026-11-30")[0].countdown.days).toBe(32);
    const leap = [item("l", "deadline", "planned", "2028-03-01")];
    expect(classifyDeadlines(leap, () => "2028-02-28")[0].countdown.days).toBe(2);
  });

  it("evaluates today in each deadline's own zone", () => {
    const zoned = [
      item("tokyo", "deadline", "due", "2026-12-31", "Asia/Tokyo"),
      item("utc", "deadline", "due", "2026-12-31"),
      item("la", "deadline", "due", "2026-12-31", "America/Los_Angeles"),
    ];
    // 16:00Z on 31 Dec: already 1 Jan 2027 in Tokyo, still 31 Dec in UTC and Los Angeles.
    const yearEnd = bySlug(classifyDeadlines(zoned, at("2026-12-31T16:00:00Z")));
    expect(yearEnd["tokyo"]).toMatchObject({ state: "overdue", countdown: { days: -1 } });
    expect(yearEnd["utc"]).toMatchObject({ state: "due", countdown: { days: 0 } });
    expect(yearEnd["la"]).toMatchObject({ state: "due", countdown: { days: 0 } });
    // 05:00Z on 1 Dec: still 30 Nov in Los Angeles, so one more day to go there.
    const monthEnd = bySlug(classifyDeadlines(zoned, at("2026-12-01T05:00:00Z")));
    expect(monthEnd["tokyo"].countdown.days).toBe(30);
    expect(monthEnd["utc"].countdown.days).toBe(30);
    expect(monthEnd["la"].countdown.days).toBe(31);
  });

  it("returns the item objects themselves and leaves the input alone", () => {
    const copy = [...items];
    const result = classifyDeadlines(items, PINNED);
    expect(result.find((d) => d.item.slug === "fy2025")?.item).toBe(items[1]);
    expect(items).toEqual(copy);
  });

  it("keeps input order for equal due dates (stable sort)", () => {
    const tied = [item("b", "deadline", "due", "2026-12-31"), item("a", "deadline", "met", "2026-12-31")];
    expect(classifyDeadlines(tied, PINNED).map((d) => d.item.slug)).toEqual(["b", "a"]);
  });
});

describe("openDeadlines", () => {
  it("keeps the deadlines with no recorded outcome, due and overdue, soonest first", () => {
    const result = openDeadlines(items, PINNED);
    expect(result.map((d) => d.item.slug)).toEqual(["fy2025", "docs-by-2026", "planned-2027"]);
    expect(result.map((d) => d.countdown)).toEqual([
      { days: -240, text: "240 days ago" },
      { days: 35, text: "35 days left" },
      { days: 216, text: "216 days left" },
    ]);
  });

  it("returns nothing when no deadline is open", () => {
    expect(openDeadlines([], PINNED)).toEqual([]);
    expect(openDeadlines([item("m", "deadline", "met", "2026-01-01")], PINNED)).toEqual([]);
  });
});

describe("groupDeadlines", () => {
  it("gives one group per state in a fixed order, empty ones included", () => {
    const groups = groupDeadlines(classifyDeadlines(items, PINNED));
    expect(groups.map((g) => [g.state, g.entries.map((e) => e.item.slug)])).toEqual([
      ["due", ["docs-by-2026", "planned-2027"]],
      ["overdue", ["fy2025"]],
      ["met", ["met"]],
      ["missed", ["missed"]],
      ["superseded", ["fy2027-superseded"]],
    ]);
    expect(groupDeadlines([]).every((g) => g.entries.length === 0)).toBe(true);
  });
});

describe("describeDeadline", () => {
  const describeAt = (state: Parameters<typeof describeDeadline>[0]["state"], days: number, text = "") =>
    describeDeadline({ state, countdown: { days, text } });

  it("uses the countdown for what is still due", () => {
    expect(describeAt("due", 35, "35 days left")).toBe("35 days left");
    expect(describeAt("due", 0, "due today")).toBe("due today");
  });

  it("says how long a deadline has been overdue", () => {
    expect(describeAt("overdue", -240)).toBe("overdue by 240 days; outcome not recorded");
    expect(describeAt("overdue", -1)).toBe("overdue by 1 day; outcome not recorded");
  });

  it("says a superseded deadline no longer applies", () => {
    expect(describeAt("superseded", 491)).toBe("no longer in force");
  });

  it("places a met or missed deadline's day relative to today", () => {
    expect(describeAt("met", -300)).toBe("due 300 days ago");
    expect(describeAt("missed", -1)).toBe("due 1 day ago");
    expect(describeAt("missed", 12)).toBe("due in 12 days");
    expect(describeAt("met", 0)).toBe("due today");
  });
});
