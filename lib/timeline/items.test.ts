import { describe, expect, it } from "vitest";
import { PRECISIONS } from "@/lib/dates/precision";
import { EVENT_KINDS, EVENT_STATUSES } from "@/lib/validation/vocabulary";
import { compareItems, packItem, toTimelineItem, unpackItem, type ItemSource, type TimelineItem } from "./items";

const source = (overrides: Partial<ItemSource> = {}): ItemSource => ({
  slug: "cop30-opens",
  title: "COP30 opens in Belém",
  kind: "meeting",
  status: "occurred",
  date: { start: "2025-11-10", end: "2025-11-21", precision: "day", label: "10–21 November 2025" },
  countries: [{ code: "BR" }, { code: "UN" }],
  topics: [{ slug: "climate" }, { slug: "finance" }],
  ...overrides,
});

const item = (overrides: Partial<TimelineItem> = {}): TimelineItem => ({
  slug: "a",
  title: "A",
  label: "1 January 2025",
  start: 20_089,
  end: 20_089,
  precision: "day",
  status: "occurred",
  kind: "meeting",
  countries: [],
  topics: [],
  ...overrides,
});

describe("toTimelineItem", () => {
  it("turns calendar dates into inclusive UTC day numbers", () => {
    const t = toTimelineItem(source());
    // 2025-11-10 is 20,402 days after 1970-01-01.
    expect(t.start).toBe(20_402);
    expect(t.end).toBe(20_413);
    expect(t.end - t.start).toBe(11);
  });

  it("counts day 0 from 1970-01-01 and goes negative before it", () => {
    const t = toTimelineItem(source({ date: { start: "1969-12-31", end: "1970-01-01", precision: "by", label: "x" } }));
    expect(t.start).toBe(-1);
    expect(t.end).toBe(0);
  });

  it("crosses leap days exactly", () => {
    const t = toTimelineItem(source({ date: { start: "2024-02-28", end: "2024-03-01", precision: "month", label: "x" } }));
    expect(t.end - t.start).toBe(2);
    expect(t.start).toBe(19_781);
  });

  it("copies the other fields and flattens countries and topics", () => {
    expect(toTimelineItem(source())).toEqual({
      slug: "cop30-opens",
      title: "COP30 opens in Belém",
      label: "10–21 November 2025",
      start: 20_402,
      end: 20_413,
      precision: "day",
      status: "occurred",
      kind: "meeting",
      countries: ["BR", "UN"],
      topics: ["climate", "finance"],
    });
  });

  it("gives empty arrays for an event with no countries or topics", () => {
    const t = toTimelineItem(source({ countries: [], topics: [] }));
    expect(t.countries).toEqual([]);
    expect(t.topics).toEqual([]);
  });

  it("throws on an invalid calendar date", () => {
    expect(() => toTimelineItem(source({ date: { start: "2025-02-30", end: "2025-03-01", precision: "day", label: "x" } }))).toThrow(RangeError);
  });
});

describe("packItem / unpackItem", () => {
  it("packs into a tuple of enum indices and comma-joined lists", () => {
    const packed = packItem(item({ precision: "by", status: "due", kind: "deadline", countries: ["JP", "KR"], topics: ["trade"] }));
    expect(packed).toEqual(["a", "A", "1 January 2025", 20_089, 20_089, PRECISIONS.indexOf("by"), EVENT_STATUSES.indexOf("due"), EVENT_KINDS.indexOf("deadline"), "JP,KR", "trade"]);
    for (const index of [packed[5], packed[6], packed[7]]) expect(index).toBeGreaterThanOrEqual(0);
  });

  it.each(PRECISIONS)("round trips precision %s", (precision) => {
    const original = item({ precision, countries: ["US"], topics: ["energy"] });
    expect(unpackItem(packItem(original))).toEqual(original);
  });

  it.each(EVENT_STATUSES)("round trips status %s", (status) => {
    const original = item({ status, countries: ["US", "CN"], topics: ["energy", "trade"] });
    expect(unpackItem(packItem(original))).toEqual(original);
  });

  it.each(EVENT_KINDS)("round trips kind %s", (kind) => {
    const original = item({ kind, start: -400, end: 12 });
    expect(unpackItem(packItem(original))).toEqual(original);
  });

  it("round trips every precision × status × kind combination", () => {
    for (const precision of PRECISIONS)
      for (const status of EVENT_STATUSES)
        for (const kind of EVENT_KINDS) {
          const original = item({ slug: `${precision}-${status}-${kind}`, precision, status, kind, countries: ["EU"], topics: [] });
          expect(unpackItem(packItem(original))).toEqual(original);
        }
  });

  it("keeps empty countries and topics empty (not [''])", () => {
    const packed = packItem(item());
    expect(packed[8]).toBe("");
    expect(packed[9]).toBe("");
    const unpacked = unpackItem(packed);
    expect(unpacked.countries).toEqual([]);
    expect(unpacked.topics).toEqual([]);
  });

  it("keeps one-element lists and list order", () => {
    const original = item({ countries: ["ZA"], topics: ["c", "a", "b"] });
    const unpacked = unpackItem(packItem(original));
    expect(unpacked.countries).toEqual(["ZA"]);
    expect(unpacked.topics).toEqual(["c", "a", "b"]);
  });

  it("keeps titles and labels with commas and Unicode intact", () => {
    const original = item({ title: "Paris, Bonn, and Belém — 1.5 °C", label: "Q4 2025, approx." });
    expect(unpackItem(packItem(original))).toEqual(original);
  });

  it("survives JSON, as it travels to the browser", () => {
    const original = item({ precision: "fiscal-year", status: "superseded", kind: "analysis", countries: ["IN"], topics: ["budget"] });
    expect(unpackItem(JSON.parse(JSON.stringify(packItem(original))))).toEqual(original);
  });
});

describe("compareItems", () => {
  it("orders by start first", () => {
    expect(compareItems(item({ start: 1, end: 100, slug: "z" }), item({ start: 2, end: 2, slug: "a" }))).toBeLessThan(0);
    expect(compareItems(item({ start: 2, end: 2, slug: "a" }), item({ start: 1, end: 100, slug: "z" }))).toBeGreaterThan(0);
  });

  it("then by end", () => {
    expect(compareItems(item({ start: 1, end: 3, slug: "z" }), item({ start: 1, end: 5, slug: "a" }))).toBeLessThan(0);
    expect(compareItems(item({ start: 1, end: 5, slug: "a" }), item({ start: 1, end: 3, slug: "z" }))).toBeGreaterThan(0);
  });

  it("then by slug", () => {
    expect(compareItems(item({ slug: "alpha" }), item({ slug: "beta" }))).toBeLessThan(0);
    expect(compareItems(item({ slug: "beta" }), item({ slug: "alpha" }))).toBeGreaterThan(0);
    expect(compareItems(item({ slug: "same" }), item({ slug: "same" }))).toBe(0);
  });

  it("sorts a shuffled list into a stable time order", () => {
    const expected = [
      item({ slug: "a", start: -5, end: 10 }),
      item({ slug: "b", start: 0, end: 0 }),
      item({ slug: "a", start: 0, end: 1 }),
      item({ slug: "b", start: 0, end: 1 }),
      item({ slug: "c", start: 0, end: 1 }),
      item({ slug: "a", start: 3, end: 3 }),
    ];
    const shuffled = [expected[4], expected[0], expected[5], expected[2], expected[1], expected[3]];
    expect(shuffled.sort(compareItems).map((i) => `${i.slug}@${i.start}-${i.end}`)).toEqual(expected.map((i) => `${i.slug}@${i.start}-${i.end}`));
  });
});
