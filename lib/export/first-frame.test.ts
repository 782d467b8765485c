import { describe, expect, it } from "vitest";
import type { TargetChain } from "@/lib/timeline/target-chains";
import { testItem } from "@/lib/timeline/test-items";
import { FIRST_FRAME_WIDTH, firstFrame } from "./first-frame";

const items = [testItem("meeting", 20000, 20000, { countries: ["JP"] }), testItem("move", 20100, 20100, { countries: ["JP"], kind: "target-change" })];
const chain = (slug: string, announcedBy: string): TargetChain => ({
  slug,
  title: `Target ${slug}`,
  url: `/targets/${slug}`,
  revisions: [
    { position: 0, start: 20050, end: 20060, label: "FY-old", valueLabel: "2%", status: "superseded", announcedBy: "elsewhere", supersedes: null },
    { position: 1, start: 20150, end: 20160, label: "FY-new", valueLabel: "2%", status: "due", announcedBy, supersedes: 0 },
  ],
});
const options = { lanes: "country" as const, names: new Map([["JP", "Japan"]]), today: 20200, chains: [chain("kept", "move"), chain("filtered-out", "not-in-view")] };

describe("firstFrame", () => {
  it("draws nothing for no events", () => {
    expect(firstFrame([], options)).toBeNull();
  });

  it("is the axis and the lanes as two inline SVGs, hidden from assistive technology, at the assumed width", () => {
    const frame = firstFrame(items, options)!;
    for (const part of [frame.axis, frame.lanes]) {
      expect(part).toMatch(new RegExp(`^<svg width="${FIRST_FRAME_WIDTH}" height="\\d+" viewBox="0 0 ${FIRST_FRAME_WIDTH} \\d+"[^>]* aria-hidden="true">`));
      expect(part.trimEnd().endsWith("</svg>")).toBe(true);
    }
    expect(frame.lanes).toContain(">Japan</text>");
    expect(frame.lanes).toMatch(/<(circle|path) /);
    expect(frame.axis).not.toContain(">Japan</text>");
  });

  it("places the targets whose revisions the shown events announced, on the frame's window, for the strip between axis and lanes", () => {
    const frame = firstFrame(items, options)!;
    expect(frame.chainRows.map((row) => row.chain.slug)).toEqual(["kept"]);
    const [row] = frame.chainRows;
    expect(row.marks).toHaveLength(2);
    expect(row.arrows).toEqual([{ fromX: expect.any(Number), toX: expect.any(Number) }]);
    // Same window as the lanes: the later deadline is to the right of the earlier, both within the frame.
    const [old, moved] = row.marks;
    expect(old.x).toBeGreaterThan(0);
    expect(moved.x).toBeGreaterThan(old.x);
    expect(moved.x).toBeLessThan(FIRST_FRAME_WIDTH);
  });
});
