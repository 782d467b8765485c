import { describe, expect, it } from "vitest";
import { groupByStartYear } from "./grouping";

const ev = (slug: string, start: string) => ({ slug, date: { start } });

describe("groupByStartYear", () => {
  it("gives no groups for no items", () => {
    expect(groupByStartYear([])).toEqual([]);
  });

  it("groups consecutive items by the year their date starts in", () => {
    const items = [ev("a", "2025-04-01"), ev("b", "2025-10-29"), ev("c", "2026-12-31"), ev("d", "2027-04-01")];
    const groups = groupByStartYear(items);
    expect(groups.map((g) => [g.year, g.items.map((i) => i.slug)])).toEqual([
      ["2025", ["a", "b"]],
      ["2026", ["c"]],
      ["2027", ["d"]],
    ]);
    expect(groups[0].items[0]).toBe(items[0]);
  });

  it("uses the start year even when the date ends in a later year", () => {
    const fy2025 = { slug: "fy", date: { start: "2025-04-01", end: "2026-03-31" } };
    expect(groupByStartYear([fy2025]).map((g) => g.year)).toEqual(["2025"]);
  });

  it("keeps the given order and starts a new group when a year comes back", () => {
    const groups = groupByStartYear([ev("a", "2026-01-01"), ev("b", "2025-01-01"), ev("c", "2026-06-01")]);
    expect(groups.map((g) => [g.year, g.items.map((i) => i.slug)])).toEqual([
      ["2026", ["a"]],
      ["2025", ["b"]],
      ["2026", ["c"]],
    ]);
  });

  it("does not mutate the input", () => {
    const items = [ev("a", "2025-01-01"), ev("b", "2025-02-01")];
    groupByStartYear(items);
    expect(items.map((i) => i.slug)).toEqual(["a", "b"]);
  });
});
