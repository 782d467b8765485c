import { describe, expect, it } from "vitest";
import { mulberry32 as prng } from "@/lib/random/mulberry32";
import { testItem } from "./test-items";
import { compareItems, type TimelineItem } from "./items";
import { buildIndex, visibleItems } from "./visible";


const item = testItem;

const slugs = (items: readonly TimelineItem[]) => items.map((i) => i.slug);

/** The definition: an item covers [start, end + 1) in days; the window is [from, to). */
const overlaps = (i: TimelineItem, from: number, to: number) => i.start < to && i.end + 1 > from;

function randomItems(seed: number, count: number): TimelineItem[] {
  const random = prng(seed);
  const items: TimelineItem[] = [];
  for (let n = 0; n < count; n++) {
    const start = Math.floor(random() * 2_000) - 1_000;
    const r = random();
    // Mostly single days, some months, a few very long items.
    const duration = r < 0.6 ? 0 : r < 0.9 ? Math.floor(random() * 40) : Math.floor(random() * 1_500);
    items.push(item(`i${n}`, start, start + duration));
  }
  return items.sort(compareItems);
}

describe("buildIndex", () => {
  it("records the longest duration (end - start)", () => {
    const items = [item("a", 0, 0), item("b", 5, 35), item("c", 10, 12)];
    const index = buildIndex(items);
    expect(index.maxDuration).toBe(30);
    expect(index.items).toBe(items);
  });

  it("has a zero max duration for single days and for no items", () => {
    expect(buildIndex([item("a", 1), item("b", 2)]).maxDuration).toBe(0);
    expect(buildIndex([]).maxDuration).toBe(0);
  });
});

describe("visibleItems", () => {
  it("gives nothing for an empty index", () => {
    expect(visibleItems(buildIndex([]), -1e6, 1e6)).toEqual([]);
  });

  it("returns the overlapping items in time order", () => {
    const items = [item("a", 0), item("b", 5), item("c", 9), item("d", 10), item("e", 20)];
    expect(slugs(visibleItems(buildIndex(items), 5, 10))).toEqual(["b", "c"]);
  });

  it("treats an item as [start, end + 1) and the window as [from, to)", () => {
    const items = [item("ends-at-from", 9), item("first-day", 10), item("last-day", 14), item("starts-at-to", 15)];
    // Day 9 covers [9, 10): it touches from = 10 but does not overlap; day 15 starts exactly at to.
    expect(slugs(visibleItems(buildIndex(items), 10, 15))).toEqual(["first-day", "last-day"]);
  });

  it("includes an item partly inside a fractional window at either edge", () => {
    const items = [item("a", 9), item("b", 12), item("c", 15)];
    // [9, 10) overlaps [9.5, 15.2) and so does [15, 16).
    expect(slugs(visibleItems(buildIndex(items), 9.5, 15.2))).toEqual(["a", "b", "c"]);
    // [9, 10) does not overlap [10, 14.99), nor does [15, 16).
    expect(slugs(visibleItems(buildIndex(items), 10, 14.99))).toEqual(["b"]);
    // A window inside one day still shows that day.
    expect(slugs(visibleItems(buildIndex(items), 12.25, 12.75))).toEqual(["b"]);
  });

  it("finds long items that start far before the window", () => {
    const items = [item("long", -5_000, 500), item("short", -4_000, -3_990), item("d", 100), item("e", 300)].sort(compareItems);
    expect(slugs(visibleItems(buildIndex(items), 200, 250))).toEqual(["long"]);
    expect(slugs(visibleItems(buildIndex(items), 500.9, 501))).toEqual(["long"]);
    expect(slugs(visibleItems(buildIndex(items), 501, 502))).toEqual([]);
  });

  it("finds a long item whose end + 1 is just past a fractional from", () => {
    const items = [item("long", 0, 99), item("later", 200)];
    expect(slugs(visibleItems(buildIndex(items), 99.999, 150))).toEqual(["long"]);
    expect(slugs(visibleItems(buildIndex(items), 100, 150))).toEqual([]);
  });

  it("gives nothing for a window before or after all items", () => {
    const index = buildIndex([item("a", 0, 10), item("b", 20, 30)]);
    expect(visibleItems(index, -100, 0)).toEqual([]);
    expect(visibleItems(index, 31, 100)).toEqual([]);
    expect(visibleItems(index, 11, 20)).toEqual([]);
  });

  it("matches a brute-force filter on hundreds of seeded random items and windows", () => {
    for (const seed of [1, 2, 3, 42, 2025]) {
      const items = randomItems(seed, 400);
      const index = buildIndex(items);
      const random = prng(seed * 7 + 1);
      for (let n = 0; n < 200; n++) {
        const a = random() * 3_000 - 1_500;
        const span = random() < 0.3 ? Math.floor(random() * 60) : random() * 900;
        // Half the windows on whole days, so edges touch item boundaries exactly.
        const from = n % 2 === 0 ? Math.floor(a) : a;
        const to = from + (n % 2 === 0 ? Math.max(1, Math.round(span)) : span + 1e-3);
        const expected = items.filter((i) => overlaps(i, from, to));
        expect(slugs(visibleItems(index, from, to)), `seed ${seed}, window [${from}, ${to})`).toEqual(slugs(expected));
      }
    }
  });

  it("returns only items that overlap and misses none at exact item boundaries", () => {
    const items = randomItems(99, 300);
    const index = buildIndex(items);
    for (const i of items.slice(0, 100)) {
      for (const [from, to] of [
        [i.start, i.start + 1],
        [i.end + 1, i.end + 2],
        [i.start - 1, i.start],
        [i.end + 0.5, i.end + 1],
      ]) {
        const got = visibleItems(index, from, to);
        expect(slugs(got)).toEqual(slugs(items.filter((x) => overlaps(x, from, to))));
        for (const g of got) expect(overlaps(g, from, to)).toBe(true);
      }
    }
  });
});
