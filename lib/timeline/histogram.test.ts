import { describe, expect, it } from "vitest";
import { mulberry32 as prng } from "@/lib/random/mulberry32";
import { testItem } from "./test-items";
import { histogram } from "./histogram";


const item = testItem;

describe("histogram", () => {
  it("gives the requested number of zero bins for no items", () => {
    expect(histogram([], { from: 0, to: 100 }, 5)).toEqual([0, 0, 0, 0, 0]);
  });

  it("counts each item in the bin holding the middle of its days", () => {
    // Bins of 10 days over [0, 50); a day d has its middle at d + 0.5.
    const items = [item("a", 0), item("b", 9), item("c", 10), item("d", 25), item("e", 49)];
    expect(histogram(items, { from: 0, to: 50 }, 5)).toEqual([2, 1, 1, 0, 1]);
  });

  it("uses the middle of a long item, not its start", () => {
    // [0, 40) has its middle at 20: bin 2 of 5.
    expect(histogram([item("long", 0, 39)], { from: 0, to: 50 }, 5)).toEqual([0, 0, 1, 0, 0]);
  });

  it("ignores items whose middle is outside the extent", () => {
    const items = [item("before", -1), item("after", 50), item("straddles", -10, 5)];
    // "straddles" covers [-10, 6): middle -2, outside.
    expect(histogram(items, { from: 0, to: 50 }, 5)).toEqual([0, 0, 0, 0, 0]);
  });

  it("works with a fractional, offset extent", () => {
    // [100.5, 110.5) in 2 bins: [100.5, 105.5) and [105.5, 110.5).
    // Middles 100.5 and 104.5 fall in the first, 105.5 in the second; 110.5 is the excluded end; 99.5 is before.
    const items = [item("z", 99), item("a", 100), item("b", 104), item("c", 105), item("d", 110)];
    expect(histogram(items, { from: 100.5, to: 110.5 }, 2)).toEqual([2, 1]);
  });

  it("gives zeros for an empty or inverted extent, and nothing for no bins", () => {
    expect(histogram([item("a", 0)], { from: 5, to: 5 }, 3)).toEqual([0, 0, 0]);
    expect(histogram([item("a", 0)], { from: 10, to: 0 }, 2)).toEqual([0, 0]);
    expect(histogram([item("a", 0)], { from: 0, to: 10 }, 0)).toEqual([]);
  });

  it("matches a direct count on seeded random items and totals the items inside", () => {
    const random = prng(5);
    const items = Array.from({ length: 500 }, (_, n) => {
      const start = Math.floor(random() * 1_200) - 100;
      return item(`i${n}`, start, start + Math.floor(random() * 30));
    });
    const extent = { from: -20.25, to: 1_000.75 };
    const bins = 37;
    const counts = histogram(items, extent, bins);
    expect(counts).toHaveLength(bins);
    const width = (extent.to - extent.from) / bins;
    for (let b = 0; b < bins; b++) {
      const lo = extent.from + b * width;
      const expected = items.filter((i) => {
        const mid = (i.start + i.end + 1) / 2;
        return mid >= lo && mid < lo + width;
      }).length;
      expect(counts[b], `bin ${b}`).toBe(expected);
    }
    const inside = items.filter((i) => (i.start + i.end + 1) / 2 >= extent.from && (i.start + i.end + 1) / 2 < extent.to).length;
    expect(counts.reduce((a, b) => a + b, 0)).toBe(inside);
  });
});
