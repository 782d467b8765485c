import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { corpus } from "@/prisma/seed-data/corpus";
import { blindGoldArticles, goldArticles } from "@/tests/ingest-gold/gold";
import { extractCandidates, PublicationDateError } from "./extract";
import { scoreArticle } from "./score";

const seedText = readFileSync(`prisma/seed-data/sources/${corpus.sources[0].textFile}`, "utf8");
const known = { actors: corpus.actors.map((a) => ({ ...a, aliases: [...a.aliases] })), topics: corpus.topics };
const seed = () => extractCandidates({ text: seedText, publishedAt: "2025-10-28 23:40" }, known);

describe("extractCandidates on the seed article", () => {
  it("quotes whole sentences, each exactly the text at its offsets", () => {
    for (const c of seed()) {
      expect(seedText.slice(c.start, c.end)).toBe(c.quote);
      for (const s of c.support) expect(seedText.slice(s.start, s.end)).toBe(s.quote);
      expect(c.quote).toMatch(/[.!?"”]$/);
    }
  });

  it("dates the meeting by \"Wednesday (October 29)\", its year from the publication, the weekday checked", () => {
    const [meeting] = seed();
    expect(meeting).toMatchObject({ kind: "meeting", status: "occurred", dateText: "on Wednesday (October 29)", date: { start: "2025-10-29", end: "2025-10-29", precision: "day" } });
    expect(meeting.reasons).toContain("The weekday checks out: 29 Oct 2025 is a Wednesday.");
    expect(meeting.actors.map((a) => a.slug)).toEqual(["shinjiro-koizumi", "pete-hegseth"]);
    expect(meeting.support.map((s) => s.quote)).toEqual([expect.stringMatching(/^Hergses and Koizumi reportedly held a meeting/)]);
  });

  it("turns the target move into a target change with both fiscal-year deadlines, by Japan's calendar", () => {
    const list = seed();
    const change = list.find((c) => c.kind === "target-change")!;
    expect(change.targetChange).toEqual({
      from: { start: "2027-04-01", end: "2028-03-31", precision: "fiscal-year", label: "FY2027" },
      to: { start: "2025-04-01", end: "2026-03-31", precision: "fiscal-year", label: "FY2025" },
    });
    expect(change.date).toMatchObject({ precision: "by", end: "2025-10-29" });
    expect(list.filter((c) => c.quote === change.quote).map((c) => [c.kind, c.status, c.date.label])).toEqual([
      ["target-change", "announced", "by 29 Oct 2025 (date not stated)"],
      ["deadline", "superseded", "FY2027"],
      ["deadline", "due", "FY2025"],
    ]);
  });

  it('reads "by the end of 2026" as a deadline, and an undated act as "by" the latest day the article knows, with lower confidence', () => {
    const list = seed();
    expect(list.find((c) => c.dateText === "by the end of 2026")).toMatchObject({ kind: "deadline", status: "due", date: { start: "2026-12-31", end: "2026-12-31", precision: "by", label: "by end of 2026" } });
    const analysts = list.find((c) => c.quote.startsWith("Analysts point out"))!;
    expect(analysts).toMatchObject({ kind: "analysis", date: { precision: "by", end: "2025-10-29" } });
    expect(analysts.confidence).toBeLessThan(0.5);
    expect(analysts.reasons[0]).toMatch(/without a date: dated by the latest day the article could know of it, 29 Oct 2025 \(stamped 2025-10-28 23:40, zone not stated/);
  });

  it("finds every seed event with its reviewed date and precision", () => {
    const score = scoreArticle(goldArticles[0], seed());
    expect(score.misses).toEqual([]);
    expect(score.rightDate).toBe(14);
  });

  it("holds its measured quality on the whole gold set, the blind articles included", () => {
    for (const article of [...goldArticles, ...blindGoldArticles]) {
      const score = scoreArticle(article, extractCandidates({ text: article.text, publishedAt: article.publishedAt, zone: article.zone }, known));
      expect(score.rightDate / score.gold, article.name).toBeGreaterThanOrEqual(0.9);
      expect(score.matched / score.candidates, article.name).toBeGreaterThanOrEqual(0.9);
    }
  });

  it("proposes actors it does not know, and matches misspellings when only the right spelling is stored", () => {
    const onlyRight = { actors: [{ slug: "pete-hegseth", name: "Pete Hegseth", kind: "person", aliases: [] }], topics: [] };
    const list = extractCandidates({ text: seedText, publishedAt: "2025-10-28 23:40" }, onlyRight);
    const praise = list.find((c) => c.quote.startsWith("Hergész praised"))!;
    expect(praise.actors[0]).toMatchObject({ slug: "pete-hegseth" });
    expect(praise.reasons.join(" ")).toMatch(/"Hergész" read as a spelling of Pete Hegseth/);
    expect(list[0].actors).toContainEqual({ name: "Shinjiro Koizumi", reason: '"Shinjiro Koizumi" is not a stored actor: proposed as a new one' });
  });

  it("dates an act told as done by its printed day even after the publication, and asks to check that date", () => {
    const [agreed] = extractCandidates({ text: "Japan and the U.S. agreed on 5 May 2026.", publishedAt: "2025-10-28" }, known);
    expect(agreed).toMatchObject({ kind: "agreement", status: "occurred", date: { start: "2026-05-05", precision: "day" } });
    expect(agreed.reasons).toContain("The text tells this as done, on a day after the publication (28 Oct 2025): check the publication date.");
  });

  it("refuses a publication date it cannot read", () => {
    expect(() => extractCandidates({ text: seedText, publishedAt: "last Tuesday" }, known)).toThrow(PublicationDateError);
  });
});
