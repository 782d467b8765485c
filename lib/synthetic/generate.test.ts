import { describe, expect, it } from "vitest";
import { addDays, isCalendarDate } from "@/lib/dates/calendar-date";
import { PRECISIONS, defaultDateLabel, precisionMismatch } from "@/lib/dates/precision";
import { seedInputSchema } from "@/lib/validation/seed";
import { mulberry32 } from "@/lib/random/mulberry32";
import { generateSyntheticCorpus, SYNTHETIC_FIRST_DAY, SYNTHETIC_LAST_DAY } from "./generate";

const TODAY = "2026-11-26";
const corpus = generateSyntheticCorpus({ count: 3000, seed: 42 });
const { events } = corpus.seed;

function occurrences(text: string, quote: string): number {
  let n = 0;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) n++;
  return n;
}

describe("mulberry32", () => {
  it("repeats a sequence for a seed and gives numbers in [0, 1)", () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBeGreaterThan(990);
  });
});

describe("generateSyntheticCorpus", () => {
  it("is deterministic for a seed and different for another", () => {
    const again = generateSyntheticCorpus({ count: 3000, seed: 42 });
    expect(again.seed).toEqual(corpus.seed);
    expect([...again.texts]).toEqual([...corpus.texts]);
    const other = generateSyntheticCorpus({ count: 3000, seed: 43 });
    expect(other.seed.events.map((e) => e.slug)).not.toEqual(events.map((e) => e.slug));
  });

  it.each([1, 7, 199, 201, 3000])("makes exactly %i valid events", (count) => {
    const small = count === 3000 ? corpus : generateSyntheticCorpus({ count, seed: 1 });
    expect(small.seed.events).toHaveLength(count);
    expect(seedInputSchema.safeParse(small.seed).error).toBeUndefined();
  });

  it("refuses a count that is not a positive integer", () => {
    expect(() => generateSyntheticCorpus({ count: 0, seed: 1 })).toThrow(RangeError);
    expect(() => generateSyntheticCorpus({ count: 2.5, seed: 1 })).toThrow(RangeError);
  });

  it("passes seedInputSchema unchanged", () => {
    const parsed = seedInputSchema.parse(corpus.seed);
    expect(parsed).toEqual(corpus.seed);
  });

  it("uses every precision, most countries, every topic, most actors", () => {
    expect(new Set(events.map((e) => e.date.precision))).toEqual(new Set(PRECISIONS));
    const countries = new Set(events.flatMap((e) => e.countries));
    expect(countries.size).toBeGreaterThanOrEqual(8);
    expect(corpus.seed.countries.length).toBeGreaterThanOrEqual(10);
    expect(new Set(events.flatMap((e) => e.topics)).size).toBeGreaterThanOrEqual(12);
    expect(corpus.seed.actors.length).toBeGreaterThanOrEqual(35);
    expect(corpus.seed.actors.every((a) => a.aliases.length > 0)).toBe(true);
  });

  it("gives every event a valid interval with a label, inside 2000–2035", () => {
    for (const e of events) {
      expect(isCalendarDate(e.date.start) && isCalendarDate(e.date.end), e.slug).toBe(true);
      expect(precisionMismatch(e.date), e.slug).toBeNull();
      expect(e.date.start >= SYNTHETIC_FIRST_DAY && e.date.end <= SYNTHETIC_LAST_DAY, e.slug).toBe(true);
      const label = e.date.label;
      if (e.date.precision === "by" && e.date.end.endsWith("-12-31")) expect(label).toBe(`by end of ${e.date.end.slice(0, 4)}`);
      else expect(label).toBe(defaultDateLabel(e.date));
    }
  });

  it("keeps statuses and announcement dates consistent with today", () => {
    const announced = events.filter((e) => e.announcedDate !== undefined);
    expect(announced.length / events.length).toBeGreaterThan(0.8);
    for (const e of events) {
      const past = e.date.end < TODAY;
      const allowed = past ? ["occurred", "announced", "met", "missed", "superseded"] : ["planned", "due"];
      expect(allowed, e.slug).toContain(e.status);
      if (e.kind === "deadline") expect(past ? ["met", "missed", "superseded"] : ["due"], e.slug).toContain(e.status);
      if (e.announcedDate === undefined) continue;
      expect(isCalendarDate(e.announcedDate), e.slug).toBe(true);
      if (past) expect(e.announcedDate <= e.date.start, e.slug).toBe(true);
      else expect(e.announcedDate < e.date.start && e.announcedDate < TODAY, e.slug).toBe(true);
    }
  });

  it("spreads dates over the years, denser recently, with bursts of events in one week", () => {
    const perYear = (y: number) => events.filter((e) => e.date.start.startsWith(String(y))).length;
    expect(perYear(2024)).toBeGreaterThan(3 * perYear(2002));
    expect(events.some((e) => e.date.start < "2005-01-01")).toBe(true);
    expect(events.some((e) => e.date.start > "2032-01-01")).toBe(true);
    const days = events.filter((e) => e.date.precision === "day").map((e) => e.date.start).sort();
    let busiestWeek = 0;
    for (let i = 0, j = 0; i < days.length; i++) {
      while (days[j] < addDays(days[i], -6)) j++;
      busiestWeek = Math.max(busiestWeek, i - j + 1);
    }
    expect(busiestWeek).toBeGreaterThanOrEqual(100);
  });

  it("makes every quote a sentence found exactly once in its source text", () => {
    for (const e of events) {
      expect(e.citations.length, e.slug).toBeGreaterThanOrEqual(1);
      expect(e.citations.length, e.slug).toBeLessThanOrEqual(3);
      for (const c of e.citations) {
        const text = corpus.texts.get(c.source);
        expect(text, c.source).toBeDefined();
        expect(occurrences(text!, c.quote), c.quote).toBe(1);
      }
    }
    expect(new Set(corpus.seed.sources.map((s) => s.textFile))).toEqual(new Set([...corpus.texts.keys()].map((s) => `${s}.txt`)));
    expect(corpus.seed.sources.every((s) => s.publisher === "Synthetic Wire" && s.publishedDate <= TODAY)).toBe(true);
  });

  it("makes a handful of targets with 2–4 revisions announced by generated events", () => {
    const slugs = new Set(events.map((e) => e.slug));
    expect(corpus.seed.targets.length).toBeGreaterThanOrEqual(5);
    for (const t of corpus.seed.targets) {
      expect(t.revisions.length, t.slug).toBeGreaterThanOrEqual(2);
      expect(t.revisions.length, t.slug).toBeLessThanOrEqual(4);
      for (const r of t.revisions) expect(slugs.has(r.announcedBy)).toBe(true);
      const starts = t.revisions.map((r) => events.find((e) => e.slug === r.announcedBy)!.date.start);
      expect(starts).toEqual([...starts].sort());
    }
  });
});
