import { describe, expect, it } from "vitest";
import { openDeadlines } from "./deadlines";

interface Item {
  slug: string;
  kind: string;
  status: string;
  zone: string;
  date: { start: string; end: string };
}

const item = (slug: string, kind: string, status: string, end: string, zone = "Asia/Tokyo", start = end): Item => ({
  slug,
  kind,
  status,
  zone,
  date: { start, end },
});

const items: Item[] = [
  item("docs-by-2026", "deadline", "due", "2026-12-31"),
  item("fy2025", "deadline", "due", "2026-03-31", "Asia/Tokyo", "2025-04-01"),
  item("fy2027-superseded", "deadline", "superseded", "2028-03-31", "Asia/Tokyo", "2027-04-01"),
  item("planned-2027", "deadline", "planned", "2027-06-30"),
  item("met", "deadline", "met", "2026-01-31"),
  item("missed", "deadline", "missed", "2025-12-31"),
  item("meeting", "meeting", "due", "2026-01-01"),
  item("proposal", "target-proposal", "planned", "2026-01-01"),
];

describe("openDeadlines", () => {
  it("keeps only deadlines that are due or planned, soonest first", () => {
    const result = openDeadlines(items, () => "2026-11-26");
    expect(result.map((d) => d.item.slug)).toEqual(["fy2025", "docs-by-2026", "planned-2027"]);
  });

  it("falls due at the end of the interval and counts down from today", () => {
    const result = openDeadlines(items, () => "2026-11-26");
    expect(result.map((d) => d.due)).toEqual(["2026-03-31", "2026-12-31", "2027-06-30"]);
    expect(result[0].countdown).toEqual({ days: -240, text: "240 days ago" });
    expect(result[1].countdown).toEqual({ days: 35, text: "35 days left" });
    expect(result[2].countdown).toEqual({ days: 216, text: "216 days left" });
  });

  it("returns the item objects themselves", () => {
    const result = openDeadlines(items, () => "2026-11-26");
    expect(result[0].item).toBe(items[1]);
  });

  it("asks for each item's own today", () => {
    const zoned = [
      item("tokyo", "deadline", "due", "2026-12-31", "Asia/Tokyo"),
      item("la", "deadline", "due", "2026-12-31", "America/Los_Angeles"),
    ];
    const asked: string[] = [];
    const result = openDeadlines(zoned, (i) => {
      asked.push(i.slug);
      return i.zone === "Asia/Tokyo" ? "2026-11-27" : "2026-11-26";
    });
    expect(asked.sort()).toEqual(["la", "tokyo"]);
    const bySlug = Object.fromEntries(result.map((d) => [d.item.slug, d.countdown.days]));
    expect(bySlug).toEqual({ tokyo: 34, la: 35 });
  });

  it("keeps input order for equal due dates (stable sort)", () => {
    const tied = [item("b", "deadline", "due", "2026-12-31"), item("a", "deadline", "planned", "2026-12-31")];
    expect(openDeadlines(tied, () => "2026-01-01").map((d) => d.item.slug)).toEqual(["b", "a"]);
  });

  it("does not mutate the input", () => {
    const copy = [...items];
    openDeadlines(items, () => "2026-11-26");
    expect(items).toEqual(copy);
  });

  it("returns nothing for no open deadlines", () => {
    expect(openDeadlines([], () => "2026-11-26")).toEqual([]);
    expect(openDeadlines([item("m", "deadline", "met", "2026-01-01")], () => "2026-11-26")).toEqual([]);
  });
});
