import { describe, expect, it } from "vitest";
import { toDayNumber } from "@/lib/dates/calendar-date";
import { JAPAN_TARGET } from "@/lib/targets/test-fixture";
import { dayScale } from "./scale";
import { chainsForItems, layoutChains, toTargetChain } from "./target-chains";

const snapshot = { ...JAPAN_TARGET, asOf: null, inForce: 1 };

describe("toTargetChain", () => {
  it("keeps the commitments with deadlines, oldest first, as day intervals", () => {
    const chain = toTargetChain(snapshot);
    expect(chain.revisions.map((r) => r.label)).toEqual(["FY2027", "FY2025"]);
    expect(chain.revisions[1]).toMatchObject({
      start: toDayNumber("2025-04-01"),
      end: toDayNumber("2026-03-31"),
      supersedes: 0,
      announcedBy: "japan-moves-2-percent-target-to-fy2025",
    });
  });
});

describe("layoutChains", () => {
  const window = { from: toDayNumber("2025-01-01"), to: toDayNumber("2029-01-01") };

  it("draws each deadline as a band and an arrow from the replaced deadline to its successor", () => {
    const { rows, height } = layoutChains([toTargetChain(snapshot)], dayScale(window, 1461));
    const [row] = rows;
    const [fy2027, fy2025] = row.marks;
    expect(fy2025.x).toBeCloseTo(toDayNumber("2025-04-01") - window.from, 5);
    expect(fy2025.width).toBeCloseTo(365, 5);
    expect(row.arrows).toEqual([{ fromX: fy2027.x + fy2027.width / 2, toX: fy2025.x + fy2025.width / 2, d: expect.stringMatching(/^M[\d.]+,\d+ C/) }]);
    expect(row.arrows[0].toX).toBeLessThan(row.arrows[0].fromX);
    // One 26 px row per target under a 4 px margin; the bands sit under the title.
    expect(height).toBe(30);
    expect(row.titleY).toBeLessThan(fy2025.y);
  });

  it("leaves out targets with no deadline to draw", () => {
    const proposalsOnly = { ...toTargetChain(snapshot), revisions: [] };
    expect(layoutChains([proposalsOnly], dayScale(window, 1000))).toEqual({ rows: [], height: 0 });
  });
});

describe("chainsForItems", () => {
  it("keeps a target when one of its revisions was announced by a shown event", () => {
    const chain = toTargetChain(snapshot);
    expect(chainsForItems([chain], [{ slug: "japan-moves-2-percent-target-to-fy2025" }])).toEqual([chain]);
    expect(chainsForItems([chain], [{ slug: "something-else" }])).toEqual([]);
  });
});
