import { describe, expect, it } from "vitest";
import { targetAsOf } from "./as-of";
import { layoutTargetChart, NARROW_CHART, WIDE_CHART } from "./chart";
import { formatValue, yearDomain } from "./chart-axes";
import { describeTarget } from "./describe";
import { FY2025, FY2027, JAPAN_TARGET, US_PROPOSAL } from "./test-fixture";

const now = layoutTargetChart(targetAsOf(JAPAN_TARGET))!;
const mark = (position: number) => now.marks.find((m) => m.position === position)!;
const pathPoints = (path: string) => (path.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);

describe("layoutTargetChart", () => {
  it("covers every deadline and announcement with whole years", () => {
    expect(now.xTicks.map((t) => t.label)).toEqual(["2025", "2026", "2027", "2028", "2029"]);
    expect(now.xTicks[0].at).toBe(now.plot.left);
    expect(now.xTicks.at(-1)!.at).toBe(now.plot.right);
  });

  it("draws each commitment as a band over its fiscal year at its value", () => {
    expect(now.marks.map((m) => m.position)).toEqual([FY2027.position, FY2025.position]);
    const fy2025 = mark(FY2025.position);
    const fy2027 = mark(FY2027.position);
    expect(fy2025.x + fy2025.width).toBeLessThan(fy2027.x);
    // FY2027 runs through 29 Feb 2028.
    expect(fy2027.width / fy2025.width).toBeCloseTo(366 / 365, 6);
    expect(fy2025.y).toBe(fy2027.y);
    expect(fy2025.inForce).toBe(true);
    expect(fy2027.label).toBe("FY2027 · superseded");
  });

  it("draws an arrow from the FY2027 band to the FY2025 band", () => {
    expect(now.arrows).toHaveLength(1);
    const [arrow] = now.arrows;
    expect([arrow.from, arrow.to]).toEqual([FY2027.position, FY2025.position]);
    expect(arrow.label).toBe("moved forward");
    const points = pathPoints(arrow.path);
    const [fy2027, fy2025] = [mark(FY2027.position), mark(FY2025.position)];
    expect(points[0]).toBeCloseTo(fy2027.x + fy2027.width / 2, 0);
    expect(points.at(-2)).toBeCloseTo(fy2025.x + fy2025.width / 2, 0);
    expect(points.at(-1)).toBeLessThan(fy2025.y);
  });

  it("draws the U.S. proposal as a reference line at 3.5, inside a y domain that covers it", () => {
    expect(now.lines).toHaveLength(1);
    const [line] = now.lines;
    expect(line.position).toBe(US_PROPOSAL.position);
    expect(line.label).toBe("Proposed by United States government: 3.5%");
    expect(line.y).toBeGreaterThan(now.plot.top);
    expect(line.y).toBeLessThan(mark(FY2025.position).y);
    const top = now.yTicks.at(-1)!;
    expect(Number.parseFloat(top.label)).toBeGreaterThanOrEqual(3.5);
    expect(now.yTicks[0].label).toBe("0%");
  });

  it("marks the day the revisions were reported on the time axis", () => {
    expect(now.announcements).toEqual([expect.objectContaining({ label: "reported 29 Oct 2025", positions: [1, 2] })]);
    const x = now.announcements[0].x;
    expect(x).toBeGreaterThan(mark(FY2025.position).x);
    expect(x).toBeLessThan(now.xTicks[1].at);
    expect(now.asOf).toBeNull();
  });

  it("as of 2025-10-01 draws FY2027 alone, due, with no arrow or proposal", () => {
    const before = layoutTargetChart(targetAsOf(JAPAN_TARGET, "2025-10-01"), NARROW_CHART)!;
    expect(before.width).toBe(NARROW_CHART.width);
    expect(before.marks).toEqual([expect.objectContaining({ position: FY2027.position, inForce: true, label: "FY2027 · in force" })]);
    expect(before.arrows).toEqual([]);
    expect(before.lines).toEqual([]);
    expect(before.asOf?.label).toBe("as known on 1 Oct 2025");
  });

  it("has nothing to draw for a target with no revisions", () => {
    expect(layoutTargetChart(targetAsOf({ ...JAPAN_TARGET, revisions: [] }))).toBeNull();
  });
});

describe("chart axes", () => {
  it("thins year ticks on long spans", () => {
    const ticks = yearDomain(1990, 2030, 300).ticks.map((t) => t.label);
    expect(ticks[0]).toBe("1990");
    expect(ticks.length).toBeLessThanOrEqual(300 / 48 + 1);
  });

  it("formats values without floating-point tails", () => {
    expect(formatValue(0.1 + 0.2, "% of GDP")).toBe("0.3%");
    expect(formatValue(12, "billion yen")).toBe("12");
  });
});

describe("describeTarget", () => {
  it("reads the chain and the proposal in words", () => {
    const text = describeTarget(targetAsOf(JAPAN_TARGET));
    expect(text).toContain("2% of GDP by FY2027 (1 Apr 2027 – 31 Mar 2028); superseded; replaced by FY2025; stood before any dated report.");
    expect(text).toContain("2% of GDP by FY2025 (1 Apr 2025 – 31 Mar 2026); in force; replaced FY2027; first reported 29 Oct 2025.");
    expect(text).toContain("Proposed by United States government: 3.5% of GDP, no deadline");
    expect(WIDE_CHART.width).toBeGreaterThan(NARROW_CHART.width);
  });
});
