import { describe, expect, it } from "vitest";
import { draftOf, editDate, highlightRuns, publishBody, type AnalysedCandidate } from "./review";

const candidate: AnalysedCandidate = {
  id: "c1",
  quote: "Japan will revise three documents by the end of 2026.",
  start: 10,
  end: 63,
  title: "Japan will revise three documents by the end of 2026",
  summary: "Japan will revise three documents by the end of 2026.",
  dateText: "by the end of 2026",
  date: { start: "2026-12-31", end: "2026-12-31", precision: "by", label: "by end of 2026", announced: "2025-10-29" },
  kind: "deadline",
  status: "due",
  countries: ["JP"],
  actors: [{ name: "Government of Japan", slug: "government-of-japan" }, { name: "New Person", reason: "new" }],
  topics: ["security-documents"],
  confidence: 0.85,
  reasons: [],
  support: [{ quote: "More.", start: 70, end: 75 }],
  duplicates: [],
};

describe("review drafts", () => {
  it("starts a candidate accepted, unless it looks like a stored event", () => {
    expect(draftOf(candidate).accepted).toBe(true);
    expect(draftOf({ ...candidate, duplicates: [{ slug: "x", title: "X", reason: "cites the same passage" }] }).accepted).toBe(false);
  });

  it("publishes only accepted drafts, with every passage as a citation and codes normalised", () => {
    const accepted = { ...draftOf(candidate), countries: "jp, us" };
    const rejected = { ...draftOf({ ...candidate, id: "c2" }), accepted: false };
    const meta = { title: "T", publisher: "P", author: "", url: "", publishedAt: "2025-10-28", zone: "", language: "en" };
    const body = publishBody(meta, "text", [accepted, rejected]);
    expect(body.source).toMatchObject({ title: "T", text: "text", author: undefined, url: undefined, zone: undefined });
    expect(body.events).toHaveLength(1);
    expect(body.events[0]).toMatchObject({
      countries: ["JP", "US"],
      actors: [{ name: "Government of Japan", slug: "government-of-japan" }, { name: "New Person" }],
      citations: [{ quote: candidate.quote, start: 10, end: 63 }, { quote: "More.", start: 70, end: 75 }],
      date: { start: "2026-12-31", precision: "by", announced: "2025-10-29" },
      target: null,
    });
    const withTarget = publishBody(meta, "text", [{ ...accepted, target: { slug: "t", value: "2", valueLabel: "2%", kind: "commitment" } }]);
    expect(withTarget.events[0].target).toEqual({ slug: "t", kind: "commitment", value: 2, valueLabel: "2%", deadline: candidate.date });
  });

  it("keeps the label in step with edited dates unless the editor wrote their own", () => {
    const day = { start: "2025-10-29", end: "2025-10-29", precision: "day" as const, label: "29 Oct 2025" };
    expect(editDate(day, "start", "2025-10-30")).toMatchObject({ start: "2025-10-30", label: "30 Oct 2025" });
    expect(editDate({ ...day, label: "the day after" }, "start", "2025-10-30").label).toBe("the day after");
    expect(editDate({ start: "2025-10-01", end: "2025-10-31", precision: "month", label: "Oct 2025" }, "precision", "by")).toMatchObject({ start: "2025-10-31", end: "2025-10-31", label: "by 31 Oct 2025" });
  });

  it("cuts the text into runs marked with the candidates that cover them", () => {
    const runs = highlightRuns("abcdefghij", [
      { id: "c1", citations: [{ quote: "cdef", start: 2, end: 6 }] },
      { id: "c2", citations: [{ quote: "efgh", start: 4, end: 8 }] },
    ]);
    expect(runs.map((r) => [r.text, r.ids])).toEqual([
      ["ab", []],
      ["cd", ["c1"]],
      ["ef", ["c1", "c2"]],
      ["gh", ["c2"]],
      ["ij", []],
    ]);
  });
});
