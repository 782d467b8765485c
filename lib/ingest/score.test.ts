import { describe, expect, it } from "vitest";
import type { Candidate } from "./extract";
import { scoreArticle } from "./score";

const text = "One happened on May 1. Two is due by 2030.";
const candidate = (start: number, end: number, date: Candidate["date"]): Candidate =>
  ({ id: "c", quote: text.slice(start, end), start, end, date, support: [] }) as unknown as Candidate;
const day = { start: "2026-05-01", end: "2026-05-01", precision: "day" as const, label: "" };
const by2030 = { start: "2030-12-31", end: "2030-12-31", precision: "by" as const, label: "" };

describe("scoreArticle", () => {
  const article = {
    name: "t",
    text,
    publishedAt: "2026-05-02",
    events: [
      { label: "one", quotes: ["One happened"], date: day },
      { label: "two", quotes: ["Two is due"], date: by2030 },
    ],
  };

  it("pairs each gold event with one candidate on its passage, exact dates first", () => {
    const score = scoreArticle(article, [candidate(0, 22, day), candidate(23, 42, day), candidate(23, 42, by2030)]);
    expect(score).toMatchObject({ gold: 2, candidates: 3, found: 2, rightDate: 2, matched: 2, misses: [] });
  });

  it("counts a wrong date as found but not right, and a missing one as not found", () => {
    const score = scoreArticle(article, [candidate(0, 22, by2030)]);
    expect(score).toMatchObject({ found: 1, rightDate: 0, matched: 1 });
    expect(score.misses.map((m) => m.got ?? "none")).toEqual(["2030-12-31..2030-12-31 by", "none"]);
  });

  it("refuses a gold quote that is not in the article", () => {
    expect(() => scoreArticle({ ...article, events: [{ label: "x", quotes: ["absent"], date: day }] }, [])).toThrow(/not in the article/);
  });
});
