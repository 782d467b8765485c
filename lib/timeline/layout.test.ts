import { describe, expect, it } from "vitest";
import { mulberry32 as prng } from "@/lib/random/mulberry32";
import { testItem } from "./test-items";
import { PRECISIONS, type Precision } from "@/lib/dates/precision";
import { compareItems, type TimelineItem } from "./items";
import {
  DEFAULT_LAYOUT,
  OTHER_LANE,
  SINGLE_LANE,
  laneKeys,
  lanesFor,
  layoutTimeline,
  truncateLabel,
  type Lane,
  type LayoutOptions,
  type PlacedItem,
} from "./layout";
import { dayScale } from "./scale";


const item = testItem;

/** 1000 px for 100 days: 10 px a day, day d spans [10d, 10d + 10). */
type Overrides = Partial<Omit<LayoutOptions, "scale">> & { width?: number; from?: number; to?: number };
const options = ({ width = 1000, from = 0, to = 100, ...overrides }: Overrides = {}): LayoutOptions => ({ ...DEFAULT_LAYOUT, scale: dayScale({ from, to }, width), ...overrides });
const single: Lane[] = [{ key: SINGLE_LANE, label: "All events" }];
const layoutSingle = (items: TimelineItem[], o: Overrides = {}) => layoutTimeline(items, single, "single", options(o));
const bySlug = (placed: readonly PlacedItem[]) => Object.fromEntries(placed.map((p) => [p.item.slug, p]));

describe("laneKeys", () => {
  const both = item("x", 0, 0, { countries: ["JP", "US"], topics: ["trade"] });
  const none = item("y", 0);

  it("uses the countries in country mode", () => {
    expect(laneKeys(both, "country")).toEqual(["JP", "US"]);
  });

  it("uses the topics in topic mode", () => {
    expect(laneKeys(both, "topic")).toEqual(["trade"]);
  });

  it("puts everything in one lane in single mode", () => {
    expect(laneKeys(both, "single")).toEqual([SINGLE_LANE]);
    expect(laneKeys(none, "single")).toEqual([SINGLE_LANE]);
  });

  it("sends an item with no countries or topics to the other lane", () => {
    expect(laneKeys(none, "country")).toEqual([OTHER_LANE]);
    expect(laneKeys(none, "topic")).toEqual([OTHER_LANE]);
    expect(laneKeys(item("z", 0, 0, { countries: ["JP"] }), "topic")).toEqual([OTHER_LANE]);
  });
});

describe("truncateLabel", () => {
  it("keeps text that fits, up to exactly maxChars", () => {
    expect(truncateLabel("Paris", 10)).toBe("Paris");
    expect(truncateLabel("0123456789", 10)).toBe("0123456789");
    expect(truncateLabel("", 3)).toBe("");
  });

  it("cuts longer text to maxChars including the ellipsis", () => {
    const cut = truncateLabel("01234567890", 10);
    expect(cut).toBe("012345678…");
    expect(cut).toHaveLength(10);
  });

  it("does not leave a space before the ellipsis", () => {
    expect(truncateLabel("Hello world, again", 7)).toBe("Hello…");
  });

  it("never exceeds maxChars", () => {
    const text = "The Conference of the Parties adopts the Belém package on adaptation finance";
    for (let max = 1; max < text.length + 2; max++) expect(truncateLabel(text, max).length).toBeLessThanOrEqual(max);
  });
});

describe("lanesFor", () => {
  const names = new Map([
    ["JP", "Japan"],
    ["US", "United States"],
    ["KR", "Korea"],
    ["trade", "Trade"],
  ]);

  it("orders lanes by how many items they hold, ties by key, with the other lane last", () => {
    const items = [
      item("a", 0, 0, { countries: ["US"] }),
      item("b", 1, 1, { countries: ["JP"] }),
      item("c", 2, 2, { countries: ["JP"] }),
      item("d", 3, 3, { countries: ["JP", "KR"] }),
      item("e", 4, 4, { countries: ["US"] }),
      item("f", 5, 5, { countries: ["KR"] }),
      item("g", 6),
      item("h", 7),
      item("i", 8),
      item("j", 9),
      item("k", 10, 10, { countries: ["ZZ"] }),
    ];
    // JP 3, KR 2, US 2, ZZ 1, other 4 (most, but still last).
    expect(lanesFor(items, "country", names)).toEqual([
      { key: "JP", label: "Japan" },
      { key: "KR", label: "Korea" },
      { key: "US", label: "United States" },
      { key: "ZZ", label: "ZZ" },
      { key: OTHER_LANE, label: "No country" },
    ]);
  });

  it("keeps the other lane last wherever it comes in the input", () => {
    const items = [item("g", 0), item("a", 1, 1, { countries: ["US"] })];
    expect(lanesFor(items, "country", names).map((l) => l.key)).toEqual(["US", OTHER_LANE]);
    expect(lanesFor([...items].reverse(), "country", names).map((l) => l.key)).toEqual(["US", OTHER_LANE]);
  });

  it("labels topic lanes and the topic other lane", () => {
    const items = [item("a", 0, 0, { topics: ["trade"] }), item("b", 1), item("c", 2, 2, { topics: ["trade", "energy"] })];
    expect(lanesFor(items, "topic", names)).toEqual([
      { key: "trade", label: "Trade" },
      { key: "energy", label: "energy" },
      { key: OTHER_LANE, label: "No topic" },
    ]);
  });

  it("gives one lane of all events in single mode", () => {
    const items = [item("a", 0, 0, { countries: ["JP"] }), item("b", 1)];
    expect(lanesFor(items, "single", names)).toEqual([{ key: SINGLE_LANE, label: "All events" }]);
  });

  it("gives no lanes for no items", () => {
    expect(lanesFor([], "country", names)).toEqual([]);
  });
});

describe("layoutTimeline", () => {
  it("gives every lane one row and places nothing for no items", () => {
    const lanes = [
      { key: "JP", label: "Japan" },
      { key: OTHER_LANE, label: "No country" },
    ];
    expect(layoutTimeline([], lanes, "country", options())).toEqual({
      lanes: [
        { key: "JP", label: "Japan", rows: 1 },
        { key: OTHER_LANE, label: "No country", rows: 1 },
      ],
      placed: [],
      clusters: [],
    });
  });

  it("puts non-overlapping items on one row with their labels", () => {
    const layout = layoutSingle([item("a", 10), item("b", 30), item("c", 50)]);
    expect(layout.placed.map((p) => [p.item.slug, p.row, p.label])).toEqual([
      ["a", 0, "a"],
      ["b", 0, "b"],
      ["c", 0, "c"],
    ]);
    expect(layout.lanes[0].rows).toBe(1);
    expect(layout.clusters).toEqual([]);
  });

  it("centres a point mark on its day and puts the label after it", () => {
    const [a] = layoutSingle([item("a", 10)]).placed;
    // Day 10 is [100, 110) px: centre 105, a 12 px mark from 99.
    expect(a).toMatchObject({ shape: "point", x: 99, width: DEFAULT_LAYOUT.pointWidth, labelX: 99 + 12 + 4, lane: 0, row: 0 });
    expect(a.item.slug).toBe("a");
  });

  it("centres a deadline mark like a point", () => {
    const [d] = layoutSingle([item("d", 20, 20, { precision: "by" })]).placed;
    expect(d).toMatchObject({ shape: "deadline", x: 199, width: 12, labelX: 215 });
  });

  it("puts overlapping items on different rows", () => {
    const layout = layoutSingle([item("a", 10), item("b", 10), item("c", 11), item("d", 12, 30)]);
    const rows = layout.placed.map((p) => p.row);
    expect(rows).toEqual([0, 1, 2, 3]);
    expect(layout.lanes[0].rows).toBe(4);
  });

  it("reuses a row once the previous mark and label have ended (plus the gap)", () => {
    // "a" ends its label at 115 + 6.6 = 121.6; with a 6 px gap the next mark may start at 127.6.
    const layout = layoutSingle([item("a", 10), item("b", 12), item("c", 13)]);
    // b: x = 125 - 6 = 119 (too early), c: x = 135 - 6 = 129 (after a's label + gap).
    expect(layout.placed.map((p) => [p.item.slug, p.row])).toEqual([
      ["a", 0],
      ["b", 1],
      ["c", 0],
    ]);
  });

  it("truncates long titles to maxLabelChars", () => {
    const title = "Agreement-on-the-implementation-of-the-Paris-rulebook-and-beyond";
    const [p] = layoutSingle([item("a", 10, 10, { title })]).placed;
    expect(p.label).toBe(truncateLabel(title, DEFAULT_LAYOUT.maxLabelChars));
    expect(p.label!.length).toBe(DEFAULT_LAYOUT.maxLabelChars);
    expect(p.label!.endsWith("…")).toBe(true);
  });

  it("takes away an item's label when only its mark fits before the next item", () => {
    const long = "A long title for the first";
    const layout = layoutSingle([item("a", 10, 10, { title: long }), item("b", 13)], { maxRowsPerLane: 1 });
    const { a, b } = bySlug(layout.placed);
    // a's label would run to 115 + 26 * 6.6; b (x = 129) fits only after a's mark (111 + 6).
    expect(a.row).toBe(0);
    expect(b.row).toBe(0);
    expect(a.label).toBeNull();
    expect(b.label).toBe("b");
    expect(layout.clusters).toEqual([]);
  });

  it("keeps an item's label when another row has room for the next item", () => {
    const layout = layoutSingle([item("a", 10, 10, { title: "A long title for the first" }), item("b", 13)], { maxRowsPerLane: 2 });
    const { a, b } = bySlug(layout.placed);
    expect(a.label).toBe("A long title for the first");
    expect([a.row, b.row]).toEqual([0, 1]);
  });

  it("clusters items whose marks do not fit, with counts and the day span they cover", () => {
    const items = [
      item("band1", 48, 52, { title: "Band one" }),
      item("a", 50),
      item("b", 50),
      item("c", 50),
      item("band2", 50, 53),
    ].sort(compareItems);
    const layout = layoutSingle(items, { maxRowsPerLane: 2 });
    expect(layout.placed.map((p) => [p.item.slug, p.row])).toEqual([
      ["band1", 0],
      ["a", 1],
    ]);
    // b, c (day 50, centred at 505 px) and band2 ([500, 540) px, centre 520) all fall in bin 14 of 36 px.
    expect(layout.clusters).toEqual([{ lane: 0, row: 2, x: 14 * 36 + 2, width: 32, count: 3, from: 50, to: 54 }]);
    expect(layout.lanes[0].rows).toBe(3);
  });

  it("makes a separate cluster for each crowded place", () => {
    const crowd = (prefix: string, day: number) => [0, 1, 2].map((n) => item(`${prefix}${n}`, day));
    const layout = layoutSingle([...crowd("x", 10), ...crowd("y", 80)], { maxRowsPerLane: 1 });
    expect(layout.placed.map((p) => p.item.slug)).toEqual(["x0", "y0"]);
    expect(layout.clusters.map((c) => [c.count, c.from, c.to, c.row])).toEqual([
      [2, 10, 11, 1],
      [2, 80, 81, 1],
    ]);
    expect(layout.clusters[0].x).toBe(Math.floor(105 / 36) * 36 + 2);
    expect(layout.clusters[1].x).toBe(Math.floor(805 / 36) * 36 + 2);
  });

  it("keeps a cluster of items past the right edge on the canvas", () => {
    // 720 px = 20 bins of 36; the bands' centres lie past the right edge.
    const items = [item("a", 60, 200), item("b", 60, 200), item("c", 61, 300)];
    const layout = layoutSingle(items, { width: 720, from: 0, to: 72, maxRowsPerLane: 1 });
    expect(layout.clusters).toHaveLength(1);
    const [c] = layout.clusters;
    expect(c.count).toBe(2);
    expect(c.x).toBeGreaterThanOrEqual(0);
    expect(c.x + c.width).toBeLessThanOrEqual(720);
    expect([c.from, c.to]).toEqual([60, 301]);
  });

  it("keeps clusters of items before the left edge in the first bin", () => {
    const items = [item("a", -50, 5), item("b", -40, 5)];
    const layout = layoutSingle(items, { maxRowsPerLane: 1 });
    expect(layout.clusters).toEqual([{ lane: 0, row: 1, x: 2, width: 32, count: 1, from: -40, to: 6 }]);
  });

  it("places an item in two countries in both lanes", () => {
    const lanes = [
      { key: "JP", label: "Japan" },
      { key: "US", label: "United States" },
    ];
    const layout = layoutTimeline([item("a", 10, 10, { countries: ["JP", "US"] }), item("b", 10, 10, { countries: ["US"] })], lanes, "country", options());
    expect(layout.placed.map((p) => [p.item.slug, p.lane, p.row])).toEqual([
      ["a", 0, 0],
      ["a", 1, 0],
      ["b", 1, 1],
    ]);
    expect(layout.lanes.map((l) => l.rows)).toEqual([1, 2]);
  });

  it("puts items without a country in the other lane and skips lanes not shown", () => {
    const lanes = [
      { key: "JP", label: "Japan" },
      { key: OTHER_LANE, label: "No country" },
    ];
    const layout = layoutTimeline([item("none", 10), item("fr", 20, 20, { countries: ["FR"] })], lanes, "country", options());
    expect(layout.placed.map((p) => [p.item.slug, p.lane])).toEqual([["none", 1]]);
  });

  it("lays out by topic in topic mode", () => {
    const lanes = [{ key: "trade", label: "Trade" }];
    const layout = layoutTimeline([item("a", 10, 10, { topics: ["trade"], countries: ["JP"] })], lanes, "topic", options());
    expect(layout.placed).toHaveLength(1);
  });

  it("carries the label inside a band wide enough, from its visible start", () => {
    const [inside] = layoutSingle([item("band", 20, 59, { title: "Short" })]).placed;
    expect(inside).toMatchObject({ shape: "band", x: 200, width: 400, labelX: 204, label: "Short" });
    const [clipped] = layoutSingle([item("band", -10, 59, { title: "Short" })]).placed;
    expect(clipped).toMatchObject({ x: -100, width: 700, labelX: 4 });
  });

  it("puts the label after a band too narrow to hold it", () => {
    const [narrow] = layoutSingle([item("band", 20, 21, { title: "Short" })]).placed;
    // 20 px wide: "Short" needs 5 × 6.6 + 8 = 41 px.
    expect(narrow).toMatchObject({ x: 200, width: 20, labelX: 224, label: "Short" });
    // A band whose visible part is too narrow has its label after it even when the whole band is wide.
    const [edge] = layoutSingle([item("band", -50, 1, { title: "Short" })]).placed;
    expect(edge).toMatchObject({ x: -500, width: 520, labelX: 24 });
  });

  it("gives bands a minimum width and draws approximate dates as their own shape", () => {
    const layout = layoutSingle([item("m", 10, 10, { precision: "month" }), item("ap", 40, 41, { precision: "approximate" })], { to: 1000 });
    const { m, ap } = bySlug(layout.placed);
    expect(m.width).toBe(4);
    expect(ap.shape).toBe("approximate");
  });

  it("never lets two placed items overlap in one lane and row (seeded random property)", () => {
    const keys = ["JP", "US", "KR"];
    const lanes = [...keys.map((key) => ({ key, label: key })), { key: OTHER_LANE, label: "No country" }];
    let labelled = 0;
    let bare = 0;
    let clustered = 0;
    for (const seed of [7, 8, 9, 10]) {
      const random = prng(seed);
      const items: TimelineItem[] = [];
      for (let n = 0; n < 300; n++) {
        const precision: Precision = PRECISIONS[Math.floor(random() * PRECISIONS.length)];
        const start = Math.floor(random() * 400) - 50;
        const end = precision === "day" || precision === "by" ? start : start + Math.floor(random() * (random() < 0.1 ? 300 : 40));
        const countries = keys.filter(() => random() < 0.35);
        const title = "Event ".repeat(1 + Math.floor(random() * 8)).trim();
        items.push(item(`s${seed}-${n}`, start, end, { precision, countries, title }));
      }
      items.sort(compareItems);
      const from = random() * 50;
      const o = options({ width: 600 + Math.floor(random() * 800), from, to: from + 200 + random() * 150, maxRowsPerLane: 2 + (seed % 3) });
      const layout = layoutTimeline(items, lanes, "country", o);

      const extent = (p: PlacedItem) => {
        const markEnd = p.x + p.width;
        const end = p.label === null ? markEnd : Math.max(markEnd, p.labelX + p.label.length * o.charWidth);
        return [Math.max(p.x, 0), end] as const;
      };
      const groups = new Map<string, PlacedItem[]>();
      for (const p of layout.placed) {
        expect(p.row).toBeGreaterThanOrEqual(0);
        expect(p.row).toBeLessThan(o.maxRowsPerLane);
        const group = groups.get(`${p.lane}/${p.row}`) ?? [];
        group.push(p);
        groups.set(`${p.lane}/${p.row}`, group);
      }
      for (const [where, group] of groups) {
        for (let i = 0; i < group.length; i++)
          for (let j = i + 1; j < group.length; j++) {
            const [aLeft, aEnd] = extent(group[i]);
            const [bLeft, bEnd] = extent(group[j]);
            // Empty extents (marks wholly left of the canvas) reserve nothing.
            if (aEnd <= aLeft || bEnd <= bLeft) continue;
            const apart = aEnd + o.gap <= bLeft + 1e-9 || bEnd + o.gap <= aLeft + 1e-9;
            expect(apart, `seed ${seed}, ${where}: ${group[i].item.slug} [${aLeft}, ${aEnd}] vs ${group[j].item.slug} [${bLeft}, ${bEnd}]`).toBe(true);
          }
      }

      // Every item shows up once in each of its lanes, placed or in a cluster.
      lanes.forEach((lane, laneIndex) => {
        const expected = items.filter((i) => laneKeys(i, "country").includes(lane.key)).length;
        const placedHere = layout.placed.filter((p) => p.lane === laneIndex);
        const clustersHere = layout.clusters.filter((c) => c.lane === laneIndex);
        expect(placedHere.length + clustersHere.reduce((sum, c) => sum + c.count, 0)).toBe(expected);
        expect(new Set(placedHere.map((p) => p.item.slug)).size).toBe(placedHere.length);
        const usedRows = placedHere.length ? Math.max(...placedHere.map((p) => p.row)) + 1 : 0;
        expect(layout.lanes[laneIndex].rows).toBe(Math.max(1, usedRows + (clustersHere.length ? 1 : 0)));
        for (const c of clustersHere) {
          expect(c.row).toBe(usedRows);
          expect(c.x).toBeGreaterThanOrEqual(0);
          expect(c.x).toBeLessThan(o.scale.width);
          expect(c.to).toBeGreaterThan(c.from);
        }
      });
      labelled += layout.placed.filter((p) => p.label !== null).length;
      bare += layout.placed.filter((p) => p.label === null).length;
      clustered += layout.clusters.length;
    }
    // The property is only meaningful if all three outcomes happened.
    expect(labelled).toBeGreaterThan(0);
    expect(bare).toBeGreaterThan(0);
    expect(clustered).toBeGreaterThan(0);
  });

  it("clusters span from the earliest start to the latest end + 1 of their items", () => {
    const random = prng(123);
    const items = Array.from({ length: 200 }, (_, n) => {
      const start = 40 + Math.floor(random() * 20);
      return item(`r${n}`, start, start + Math.floor(random() * 5), { precision: random() < 0.5 ? "day" : "month" });
    }).sort(compareItems);
    const layout = layoutSingle(items, { maxRowsPerLane: 3 });
    const placedSlugs = new Set(layout.placed.map((p) => p.item.slug));
    const overflowed = items.filter((i) => !placedSlugs.has(i.slug));
    expect(layout.clusters.reduce((s, c) => s + c.count, 0)).toBe(overflowed.length);
    expect(Math.min(...layout.clusters.map((c) => c.from))).toBe(Math.min(...overflowed.map((i) => i.start)));
    expect(Math.max(...layout.clusters.map((c) => c.to))).toBe(Math.max(...overflowed.map((i) => i.end + 1)));
  });
});
