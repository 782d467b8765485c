import { describe, expect, it } from "vitest";
import { PRECISIONS } from "@/lib/dates/precision";
import { dayAxis } from "./axis";
import { markShape, placeMarks, type Placeable } from "./placement";

describe("markShape", () => {
  it("draws each precision", () => {
    expect(markShape("day")).toBe("point");
    expect(markShape("by")).toBe("deadline");
    expect(markShape("approximate")).toBe("approximate");
    expect(markShape("month")).toBe("band");
    expect(markShape("quarter")).toBe("band");
    expect(markShape("year")).toBe("band");
    expect(markShape("fiscal-year")).toBe("band");
  });

  it("has a shape for every precision", () => {
    for (const p of PRECISIONS) expect(["point", "band", "approximate", "deadline"]).toContain(markShape(p));
  });
});

// 100 days over 1000 px: 10 px a day, so positions are easy to check.
const axis = dayAxis({ start: "2025-01-01", end: "2025-04-10" }, 1000);
const day = (slug: string, date: string): Placeable => ({ slug, start: date, end: date, precision: "day" });
const span = (slug: string, start: string, end: string, precision: Placeable["precision"] = "month"): Placeable => ({
  slug,
  start,
  end,
  precision,
});

describe("placeMarks", () => {
  it("centres a point on its day with the point width", () => {
    const { marks, rows } = placeMarks([day("a", "2025-01-11")], axis);
    expect(rows).toBe(1);
    expect(marks).toHaveLength(1);
    const [m] = marks;
    expect(m.slug).toBe("a");
    expect(m.shape).toBe("point");
    expect(m.row).toBe(0);
    expect(m.width).toBe(12);
    // Day 10 runs from x=100 to x=110; centre 105.
    expect(m.x + m.width / 2).toBeCloseTo(105, 9);
    expect(placeMarks([day("a", "2025-01-11")], axis, 20).marks[0]).toMatchObject({ width: 20 });
    expect(placeMarks([day("a", "2025-01-11")], axis, 20).marks[0].x).toBeCloseTo(95, 9);
  });

  it("centres a deadline like a point", () => {
    const [m] = placeMarks([{ slug: "d", start: "2025-03-31", end: "2025-03-31", precision: "by" }], axis).marks;
    expect(m.shape).toBe("deadline");
    expect(m.width).toBe(12);
    expect(m.x + 6).toBeCloseTo(axis.x("2025-03-31") + 5, 9);
  });

  it("draws a band from the start of its first day to the end of its last", () => {
    const [m] = placeMarks([span("jan", "2025-01-01", "2025-01-31")], axis).marks;
    expect(m.shape).toBe("band");
    expect(m.x).toBeCloseTo(0, 9);
    expect(m.width).toBeCloseTo(310, 9);
  });

  it("gives a band at least half a point's width", () => {
    const narrow = dayAxis({ start: "2020-01-01", end: "2029-12-31" }, 1000);
    const [m] = placeMarks([span("oct", "2025-10-01", "2025-10-01", "approximate")], narrow).marks;
    expect(m.shape).toBe("approximate");
    expect(m.width).toBe(6);
  });

  it("puts overlapping items on different rows", () => {
    const { marks, rows } = placeMarks(
      [span("q1", "2025-01-01", "2025-03-31", "quarter"), span("feb", "2025-02-01", "2025-02-28"), day("mid-feb", "2025-02-15")],
      axis,
    );
    expect(rows).toBe(3);
    const row = Object.fromEntries(marks.map((m) => [m.slug, m.row]));
    expect(new Set(Object.values(row)).size).toBe(3);
    expect(row.q1).toBe(0);
  });

  it("puts points on the same day on different rows", () => {
    const { marks, rows } = placeMarks([day("a", "2025-02-01"), day("b", "2025-02-01"), day("c", "2025-02-01")], axis);
    expect(rows).toBe(3);
    expect(marks.map((m) => [m.slug, m.row])).toEqual([
      ["a", 0],
      ["b", 1],
      ["c", 2],
    ]);
  });

  it("puts items far enough apart on the same row", () => {
    const { marks, rows } = placeMarks([day("a", "2025-01-05"), span("feb", "2025-02-01", "2025-02-28"), day("b", "2025-03-15")], axis);
    expect(rows).toBe(1);
    expect(marks.every((m) => m.row === 0)).toBe(true);
  });

  it("keeps the gap: points closer than width + gap go to a new row", () => {
    // 10 px a day, point width 12, gap 4: 16 px needed, so 1 day apart collides and 2 days apart does not.
    expect(placeMarks([day("a", "2025-01-10"), day("b", "2025-01-11")], axis).rows).toBe(2);
    expect(placeMarks([day("a", "2025-01-10"), day("b", "2025-01-12")], axis).rows).toBe(1);
    expect(placeMarks([day("a", "2025-01-10"), day("b", "2025-01-12")], axis, 12, 10).rows).toBe(2);
  });

  it("fills the first free row (first fit), reusing a row once it is free", () => {
    const { marks, rows } = placeMarks(
      // Same start: ties go by slug, so "a-long" is placed first and takes row 0.
      [span("jan", "2025-01-01", "2025-01-31"), span("a-long", "2025-01-01", "2025-03-31", "quarter"), span("feb", "2025-02-10", "2025-02-28")],
      axis,
    );
    expect(rows).toBe(2);
    expect(Object.fromEntries(marks.map((m) => [m.slug, m.row]))).toEqual({ "a-long": 0, jan: 1, feb: 1 });
  });

  it("never lets two marks on a row overlap", () => {
    const items: Placeable[] = [];
    for (let i = 0; i < 40; i++) {
      const d = String((i * 7) % 28 + 1).padStart(2, "0");
      const m = String((i % 3) + 1).padStart(2, "0");
      items.push(i % 4 === 0 ? span(`s${i}`, `2025-${m}-01`, `2025-${m}-${d}`, "approximate") : day(`p${i}`, `2025-${m}-${d}`));
    }
    const { marks, rows } = placeMarks(items, axis);
    expect(marks).toHaveLength(items.length);
    expect(Math.max(...marks.map((m) => m.row)) + 1).toBe(rows);
    for (const a of marks) {
      for (const b of marks) {
        if (a === b || a.row !== b.row) continue;
        expect(a.x + a.width + 4 <= b.x || b.x + b.width + 4 <= a.x).toBe(true);
      }
    }
  });

  it("is deterministic: sorted by start then slug, whatever the input order", () => {
    const items = [day("b", "2025-02-01"), day("a", "2025-02-01"), span("jan", "2025-01-01", "2025-01-31"), day("c", "2025-01-20")];
    const first = placeMarks(items, axis);
    expect(first.marks.map((m) => m.slug)).toEqual(["jan", "c", "a", "b"]);
    for (const order of [[...items].reverse(), [items[2], items[0], items[3], items[1]]]) {
      expect(placeMarks(order, axis)).toEqual(first);
    }
  });

  it("does not reorder its input", () => {
    const items = [day("b", "2025-02-01"), day("a", "2025-01-01")];
    placeMarks(items, axis);
    expect(items.map((i) => i.slug)).toEqual(["b", "a"]);
  });

  it("gives no rows for no items", () => {
    expect(placeMarks([], axis)).toEqual({ marks: [], rows: 0 });
  });
});
