import { describe, expect, it } from "vitest";
import { locateQuote, QuoteNotFoundError, quoteMatches, segmentText, type Segment, type TextRange } from "./quotes";

const TEXT = "Koizumi met Hergses. Hergses praised Koizumi. Later, Hergses left.";

describe("locateQuote", () => {
  it("finds a quote that occurs once", () => {
    const range = locateQuote(TEXT, "praised Koizumi");
    expect(range).toEqual({ start: 29, end: 44 });
    expect(TEXT.slice(range.start, range.end)).toBe("praised Koizumi");
  });

  it("finds a quote at the very start and the very end", () => {
    expect(locateQuote(TEXT, "Koizumi met")).toEqual({ start: 0, end: 11 });
    expect(locateQuote(TEXT, "left.")).toEqual({ start: TEXT.length - 5, end: TEXT.length });
    expect(locateQuote("abc", "abc")).toEqual({ start: 0, end: 3 });
  });

  it("throws QuoteNotFoundError for a quote that is not there verbatim", () => {
    expect(() => locateQuote(TEXT, "Hegseth")).toThrow(QuoteNotFoundError);
    expect(() => locateQuote(TEXT, "koizumi met")).toThrow(/quote not found verbatim/);
    expect(() => locateQuote(TEXT, "Koizumi  met")).toThrow(QuoteNotFoundError);
    expect(() => locateQuote("", "x")).toThrow(QuoteNotFoundError);
  });

  it("is an Error subclass", () => {
    try {
      locateQuote(TEXT, "absent");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(Error);
      expect(error).toBeInstanceOf(QuoteNotFoundError);
    }
  });

  it("refuses to guess which occurrence of a repeated quote is meant", () => {
    expect(() => locateQuote(TEXT, "Hergses")).toThrow(QuoteNotFoundError);
    expect(() => locateQuote(TEXT, "Hergses")).toThrow(/appears 3 times/);
  });

  it("picks the occurrence asked for (0 = first)", () => {
    expect(locateQuote(TEXT, "Hergses", 0)).toEqual({ start: 12, end: 19 });
    expect(locateQuote(TEXT, "Hergses", 1)).toEqual({ start: 21, end: 28 });
    expect(locateQuote(TEXT, "Hergses", 2)).toEqual({ start: 53, end: 60 });
    for (const n of [0, 1, 2]) {
      const r = locateQuote(TEXT, "Hergses", n);
      expect(TEXT.slice(r.start, r.end)).toBe("Hergses");
    }
  });

  it("accepts occurrence 0 for a quote that occurs once", () => {
    expect(locateQuote(TEXT, "praised", 0)).toEqual({ start: 29, end: 36 });
  });

  it("throws for an occurrence out of range", () => {
    expect(() => locateQuote(TEXT, "Hergses", 3)).toThrow(QuoteNotFoundError);
    expect(() => locateQuote(TEXT, "Hergses", 3)).toThrow(/has 3 occurrence\(s\), not 4/);
    expect(() => locateQuote(TEXT, "praised", 1)).toThrow(QuoteNotFoundError);
    expect(() => locateQuote(TEXT, "Hergses", -1)).toThrow(QuoteNotFoundError);
    expect(() => locateQuote(TEXT, "Hergses", 0.5)).toThrow(QuoteNotFoundError);
  });

  it("counts overlapping occurrences", () => {
    expect(() => locateQuote("aaa", "aa")).toThrow(/appears 2 times/);
    expect(locateQuote("aaa", "aa", 1)).toEqual({ start: 1, end: 3 });
  });

  it("throws (and does not hang) for an empty quote", () => {
    expect(() => locateQuote(TEXT, "")).toThrow(QuoteNotFoundError);
  });

  it("counts offsets in UTF-16 code units, like String.prototype.slice", () => {
    const text = "Hergész said 防衛費 “outstanding” 🇯🇵 today";
    for (const quote of ["Hergész", "防衛費", "“outstanding”", "🇯🇵", "today"]) {
      const r = locateQuote(text, quote);
      expect(text.slice(r.start, r.end)).toBe(quote);
    }
  });
});

describe("quoteMatches", () => {
  it("is true when the range holds exactly the quote", () => {
    expect(quoteMatches(TEXT, "praised Koizumi", { start: 29, end: 44 })).toBe(true);
    expect(quoteMatches(TEXT, "praised Koizumi", locateQuote(TEXT, "praised Koizumi"))).toBe(true);
  });

  it("is false for a shifted, shortened or stale range", () => {
    expect(quoteMatches(TEXT, "praised Koizumi", { start: 28, end: 43 })).toBe(false);
    expect(quoteMatches(TEXT, "praised Koizumi", { start: 29, end: 43 })).toBe(false);
    expect(quoteMatches(`X${TEXT}`, "praised Koizumi", { start: 29, end: 44 })).toBe(false);
    expect(quoteMatches(TEXT, "praised Koizumi", { start: 1000, end: 1015 })).toBe(false);
  });
});

interface Mark extends TextRange {
  id: string;
}

const joined = <T>(segments: Segment<T>[]) => segments.map((s) => s.text).join("");

/** Every segment starts where the previous one ended, and none is empty. */
function expectContiguous<T>(text: string, segments: Segment<T>[]) {
  let at = 0;
  for (const s of segments) {
    expect(s.start).toBe(at);
    expect(s.text.length).toBeGreaterThan(0);
    expect(s.text).toBe(text.slice(s.start, s.start + s.text.length));
    at += s.text.length;
  }
  expect(at).toBe(text.length);
  expect(joined(segments)).toBe(text);
}

describe("segmentText", () => {
  const text = "0123456789";

  it("gives the whole text as one plain segment with no marks", () => {
    const segments = segmentText<Mark>(text, []);
    expect(segments).toEqual([{ text, start: 0, marks: [] }]);
    expectContiguous(text, segments);
  });

  it("gives no segments for empty text", () => {
    expect(segmentText<Mark>("", [])).toEqual([]);
    expect(segmentText<Mark>("", [{ id: "a", start: 0, end: 0 }])).toEqual([]);
  });

  it("cuts around one mark", () => {
    const a: Mark = { id: "a", start: 3, end: 6 };
    const segments = segmentText(text, [a]);
    expect(segments).toEqual([
      { text: "012", start: 0, marks: [] },
      { text: "345", start: 3, marks: [a] },
      { text: "6789", start: 6, marks: [] },
    ]);
    expectContiguous(text, segments);
  });

  it("splits overlapping marks into stretches covered by one or both", () => {
    const a: Mark = { id: "a", start: 2, end: 6 };
    const b: Mark = { id: "b", start: 4, end: 8 };
    const segments = segmentText(text, [a, b]);
    expect(segments.map((s) => [s.text, s.marks.map((m) => m.id)])).toEqual([
      ["01", []],
      ["23", ["a"]],
      ["45", ["a", "b"]],
      ["67", ["b"]],
      ["89", []],
    ]);
    expectContiguous(text, segments);
  });

  it("handles a mark nested inside another and marks that share an edge", () => {
    const outer: Mark = { id: "outer", start: 1, end: 9 };
    const inner: Mark = { id: "inner", start: 3, end: 5 };
    const next: Mark = { id: "next", start: 9, end: 10 };
    const segments = segmentText(text, [outer, inner, next]);
    expect(segments.map((s) => [s.text, s.marks.map((m) => m.id)])).toEqual([
      ["0", []],
      ["12", ["outer"]],
      ["34", ["outer", "inner"]],
      ["5678", ["outer"]],
      ["9", ["next"]],
    ]);
    expectContiguous(text, segments);
  });

  it("handles marks at the text edges and a mark covering everything", () => {
    const start: Mark = { id: "start", start: 0, end: 2 };
    const end: Mark = { id: "end", start: 8, end: 10 };
    const all: Mark = { id: "all", start: 0, end: 10 };
    const segments = segmentText(text, [start, end, all]);
    expect(segments.map((s) => [s.text, s.marks.map((m) => m.id)])).toEqual([
      ["01", ["start", "all"]],
      ["234567", ["all"]],
      ["89", ["end", "all"]],
    ]);
    expectContiguous(text, segments);
  });

  it("keeps identical marks together", () => {
    const a: Mark = { id: "a", start: 2, end: 4 };
    const b: Mark = { id: "b", start: 2, end: 4 };
    const segments = segmentText(text, [a, b]);
    expect(segments.map((s) => s.marks.map((m) => m.id))).toEqual([[], ["a", "b"], []]);
    expectContiguous(text, segments);
  });

  it("never loses a character with empty or out-of-range marks", () => {
    const marks: Mark[] = [
      { id: "empty", start: 5, end: 5 },
      { id: "before", start: -5, end: 2 },
      { id: "after", start: 8, end: 50 },
      { id: "beyond", start: 20, end: 30 },
    ];
    const segments = segmentText(text, marks);
    expectContiguous(text, segments);
    expect(segments.map((s) => [s.text, s.marks.map((m) => m.id)])).toEqual([
      ["01", ["before"]],
      ["234", []],
      ["567", []],
      ["89", ["after"]],
    ]);
  });

  it("gives back the original text for many random mark sets", () => {
    const source = "Japan has moved forward its target of achieving 2% of GDP in military spending.";
    let seed = 42;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 200; round++) {
      const marks: Mark[] = Array.from({ length: Math.floor(random() * 6) }, (_, i) => {
        const a = Math.floor(random() * (source.length + 1));
        const b = Math.floor(random() * (source.length + 1));
        return { id: String(i), start: Math.min(a, b), end: Math.max(a, b) };
      });
      const segments = segmentText(source, marks);
      expectContiguous(source, segments);
      for (const s of segments) {
        const end = s.start + s.text.length;
        const covering = marks.filter((m) => m.start <= s.start && m.end >= end).map((m) => m.id);
        expect(s.marks.map((m) => m.id)).toEqual(covering);
        // A segment is never partly covered by a mark.
        for (const m of marks) expect(m.end <= s.start || m.start >= end || (m.start <= s.start && m.end >= end)).toBe(true);
      }
    }
  });

  it("works on quotes located in a source", () => {
    const marks = [{ ...locateQuote(TEXT, "praised Koizumi"), id: "q1" }, { ...locateQuote(TEXT, "Hergses", 1), id: "q2" }];
    const segments = segmentText(TEXT, marks);
    expectContiguous(TEXT, segments);
    expect(segments.filter((s) => s.marks.length > 0).map((s) => s.text)).toEqual(["Hergses", "praised Koizumi"]);
  });
});
