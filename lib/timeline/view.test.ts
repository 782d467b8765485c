import { describe, expect, it } from "vitest";
import { toDayNumber } from "@/lib/dates/calendar-date";
import { JAPAN_TARGET } from "@/lib/targets/test-fixture";
import { compareItems } from "./items";
import { SINGLE_LANE } from "./layout";
import { toTargetChain } from "./target-chains";
import { testItem } from "./test-items";
import { laneModeFor, NARROW_WIDTH, timelineSource, timelineView } from "./view";

const day = toDayNumber;
const chain = toTargetChain({ ...JAPAN_TARGET, asOf: null, inForce: 1 });
const items = [
  testItem("jp-1", day("2025-03-01"), day("2025-03-01"), { countries: ["JP"] }),
  testItem("jp-2", day("2025-06-10"), day("2025-06-10"), { countries: ["JP"] }),
  testItem("us-1", day("2025-05-01"), day("2025-05-31"), { countries: ["US"] }),
  testItem("japan-moves-2-percent-target-to-fy2025", day("2022-12-16"), day("2022-12-16"), { countries: ["JP"] }),
  testItem("later", day("2027-01-10"), day("2027-01-10"), { countries: ["US"] }),
].sort(compareItems);
const names = new Map([
  ["JP", "Japan"],
  ["US", "United States"],
]);
const window = { from: day("2025-01-01"), to: day("2026-01-01") };
const today = day("2025-11-26");
const view = (width = 1000, w = window) => timelineView(timelineSource(items, laneModeFor(width, "country"), names, [chain]), { window: w, width, today });

describe("timelineView", () => {
  it("places the items in the window on its scale, in lanes named and sized for them", () => {
    const v = view();
    expect(v.shown.map((i) => i.slug)).toEqual(["jp-1", "us-1", "jp-2"]);
    expect(v.layout.lanes.map((l) => l.label)).toEqual(["Japan", "United States"]);
    expect(v.boxes).toHaveLength(2);
    expect(v.boxes[1].top).toBeGreaterThan(v.boxes[0].top + v.boxes[0].height - 1);
    expect(v.height).toBe(v.boxes[1].top + v.boxes[1].height);
    const us = v.layout.placed.find((p) => p.item.slug === "us-1")!;
    expect(us.x).toBeCloseTo(v.scale.place(day("2025-05-01")), 9);
    expect(us.x + us.width).toBeCloseTo(v.scale.place(day("2025-06-01")), 9);
    // A day is a point centred on its day.
    const jp = v.layout.placed.find((p) => p.item.slug === "jp-1")!;
    expect(jp.x + jp.width / 2).toBeCloseTo(v.scale.place(day("2025-03-01") + 0.5), 9);
  });

  it("collapses the lanes into one on a narrow screen", () => {
    const v = view(NARROW_WIDTH - 1);
    expect(v.mode).toBe("single");
    expect(v.layout.lanes.map((l) => l.key)).toEqual([SINGLE_LANE]);
  });

  it("puts the ticks at their days: fine ones as they fall, coarse ones kept on the drawing", () => {
    const v = view(1000, { from: day("2025-01-15"), to: day("2025-07-15") });
    expect(v.ticks.fine.map((t) => t.label)).toEqual(["Feb", "Mar", "Apr", "May", "Jun", "Jul"]);
    for (const t of v.ticks.fine) expect(t.x).toBeCloseTo(v.scale.place(t.day), 9);
    // The year the window starts in is named at the left edge, not off it.
    expect(v.ticks.coarse[0]).toMatchObject({ label: "2025", x: 0 });
  });

  it("gives today's x only when today is in view", () => {
    expect(view().todayX).toBeCloseTo(view().scale.place(today), 9);
    expect(view(1000, { from: day("2024-01-01"), to: day("2024-06-01") }).todayX).toBeNull();
  });

  it("draws the targets announced by the items, their deadlines on the window's scale", () => {
    const v = view(1000, { from: day("2024-07-01"), to: day("2028-07-01") });
    expect(v.targets.rows.map((r) => r.chain.slug)).toEqual([chain.slug]);
    const [fy2027, fy2025] = v.targets.rows[0].marks;
    expect(fy2025.x).toBeCloseTo(v.scale.place(day("2025-04-01")), 9);
    expect(fy2027.x).toBeCloseTo(v.scale.place(day("2027-04-01")), 9);
    // Both deadlines are within this window, and the arrow goes from the replaced one back to its successor.
    for (const m of [fy2025, fy2027]) {
      expect(m.x).toBeGreaterThan(0);
      expect(m.x + m.width).toBeLessThan(1000);
    }
    expect(v.targets.rows[0].arrows).toMatchObject([{ fromX: fy2027.x + fy2027.width / 2, toX: fy2025.x + fy2025.width / 2 }]);
    expect(v.targets.height).toBe(30);
  });

  it("draws no target whose announcing event is filtered out", () => {
    const source = timelineSource(items.filter((i) => !i.slug.startsWith("japan-moves")), "country", names, [chain]);
    expect(timelineView(source, { window, width: 1000, today }).targets).toEqual({ rows: [], height: 0 });
  });
});
