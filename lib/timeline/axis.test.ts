import { describe, expect, it } from "vitest";
import { daysBetween } from "@/lib/dates/calendar-date";
import { dayAxis, paddedDomain } from "./axis";

describe("dayAxis", () => {
  it("maps the domain start to 0 and the day after the end to the width", () => {
    const axis = dayAxis({ start: "2025-01-01", end: "2025-12-31" }, 1000);
    expect(axis.x("2025-01-01")).toBe(0);
    expect(axis.x("2026-01-01")).toBeCloseTo(1000, 9);
    expect(axis.width).toBe(1000);
    expect(axis.domain).toEqual({ start: "2025-01-01", end: "2025-12-31" });
  });

  it("gives every day the same width", () => {
    const axis = dayAxis({ start: "2025-10-01", end: "2025-10-10" }, 500);
    const day = 500 / 10;
    expect(axis.x("2025-10-02")).toBeCloseTo(day, 9);
    expect(axis.x("2025-10-10")).toBeCloseTo(9 * day, 9);
    expect(axis.x("2025-10-11")).toBeCloseTo(500, 9);
    // Across a DST change in many zones (first Sunday of November in the US).
    const nov = dayAxis({ start: "2025-11-01", end: "2025-11-04" }, 400);
    expect(nov.x("2025-11-03") - nov.x("2025-11-02")).toBeCloseTo(100, 9);
  });

  it("maps a one-day domain to the full width", () => {
    const axis = dayAxis({ start: "2025-10-29", end: "2025-10-29" }, 120);
    expect(axis.x("2025-10-29")).toBe(0);
    expect(axis.x("2025-10-30")).toBeCloseTo(120, 9);
  });

  it("extrapolates outside the domain linearly", () => {
    const axis = dayAxis({ start: "2025-10-01", end: "2025-10-10" }, 100);
    expect(axis.x("2025-09-30")).toBeCloseTo(-10, 9);
  });

  it("puts ticks inside [0, width], in order, and labels years for a multi-year domain", () => {
    const axis = dayAxis({ start: "2020-01-01", end: "2029-12-31" }, 1000);
    expect(axis.ticks.length).toBeGreaterThan(2);
    for (const t of axis.ticks) {
      expect(t.x).toBeGreaterThanOrEqual(0);
      expect(t.x).toBeLessThanOrEqual(1000 + 1e-9);
      expect(t.label).toMatch(/^\d{4}$/);
    }
    const xs = axis.ticks.map((t) => t.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(axis.ticks[0]).toEqual({ x: 0, label: "2020" });
    expect(axis.ticks.map((t) => t.label)).toContain("2025");
  });

  it("puts each year tick at that year's 1 January", () => {
    const axis = dayAxis({ start: "2020-01-01", end: "2029-12-31" }, 1000);
    for (const t of axis.ticks) expect(t.x).toBeCloseTo(axis.x(`${t.label}-01-01`), 9);
  });

  it("labels months for a one-year domain, with the year at January", () => {
    const axis = dayAxis({ start: "2025-01-01", end: "2025-12-31" }, 1200);
    const labels = axis.ticks.map((t) => t.label);
    expect(labels).toContain("Feb 2025");
    expect(labels).toContain("Oct 2025");
    expect(labels[0]).toBe("2025");
    for (const label of labels) expect(label).toMatch(/^(\d{4}|[A-Z][a-z]{2} \d{4})$/);
    for (const t of axis.ticks) {
      expect(t.x).toBeGreaterThanOrEqual(0);
      expect(t.x).toBeLessThanOrEqual(1200 + 1e-9);
    }
    const oct = axis.ticks.find((t) => t.label === "Oct 2025")!;
    expect(oct.x).toBeCloseTo(axis.x("2025-10-01"), 9);
  });

  it("labels days for a one-month domain", () => {
    const axis = dayAxis({ start: "2025-10-01", end: "2025-10-31" }, 1000);
    expect(axis.ticks.length).toBeGreaterThan(0);
    for (const t of axis.ticks) {
      expect(t.label).toMatch(/^\d{1,2} [A-Z][a-z]{2} 2025$/);
      expect(t.x).toBeGreaterThanOrEqual(0);
      expect(t.x).toBeLessThanOrEqual(1000);
      const day = Number(t.label.split(" ")[0]);
      expect(t.x).toBeCloseTo(axis.x(`2025-10-${String(day).padStart(2, "0")}`), 9);
    }
  });

  it("respects the tick count roughly", () => {
    const few = dayAxis({ start: "2000-01-01", end: "2049-12-31" }, 1000, 4).ticks.length;
    const many = dayAxis({ start: "2000-01-01", end: "2049-12-31" }, 1000, 20).ticks.length;
    expect(few).toBeLessThan(many);
  });
});

describe("paddedDomain", () => {
  it("is null for no intervals", () => {
    expect(paddedDomain([])).toBeNull();
  });

  it("covers every interval and pads both sides by a share of the span", () => {
    // 2025-01-01..2026-12-31 is 729 days from first to last day; 5% rounds up to 37.
    const domain = paddedDomain([
      { start: "2025-10-29", end: "2025-10-29" },
      { start: "2025-01-01", end: "2025-03-31" },
      { start: "2026-12-31", end: "2026-12-31" },
    ]);
    expect(domain).toEqual({ start: "2024-11-25", end: "2027-02-06" });
    expect(daysBetween(domain!.start, "2025-01-01")).toBe(37);
    expect(daysBetween("2026-12-31", domain!.end)).toBe(37);
  });

  it("uses the latest end, not the end of the latest start", () => {
    const domain = paddedDomain([
      { start: "2025-04-01", end: "2026-03-31" },
      { start: "2025-10-29", end: "2025-10-29" },
    ])!;
    expect(domain.end > "2026-03-31").toBe(true);
    expect(domain.start < "2025-04-01").toBe(true);
  });

  it("pads a short span as if it were minDays long", () => {
    // One day: span counts as 30 days, 5% of 30 = 1.5, rounded up to 2.
    expect(paddedDomain([{ start: "2025-10-29", end: "2025-10-29" }])).toEqual({ start: "2025-10-27", end: "2025-10-31" });
    // A larger minimum widens the padding.
    expect(paddedDomain([{ start: "2025-10-29", end: "2025-10-29" }], 0.05, 200)).toEqual({ start: "2025-10-19", end: "2025-11-08" });
    // Span 20 days < 30: still padded by 2.
    expect(paddedDomain([{ start: "2025-10-01", end: "2025-10-21" }])).toEqual({ start: "2025-09-29", end: "2025-10-23" });
  });

  it("honours padShare", () => {
    expect(paddedDomain([{ start: "2025-01-01", end: "2025-01-11" }], 0, 0)).toEqual({ start: "2025-01-01", end: "2025-01-11" });
    expect(paddedDomain([{ start: "2025-01-01", end: "2025-04-11" }], 0.1)).toEqual({ start: "2024-12-22", end: "2025-04-21" });
  });

  it("produces a domain dayAxis accepts, with every interval strictly inside", () => {
    const intervals = [
      { start: "2025-04-01", end: "2026-03-31" },
      { start: "2026-12-31", end: "2026-12-31" },
    ];
    const axis = dayAxis(paddedDomain(intervals)!, 1000);
    for (const i of intervals) {
      expect(axis.x(i.start)).toBeGreaterThan(0);
      expect(axis.x(i.end)).toBeLessThan(1000);
    }
  });
});
