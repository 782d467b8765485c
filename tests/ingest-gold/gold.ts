import { readFileSync } from "node:fs";
import path from "node:path";
import { corpus } from "@/prisma/seed-data/corpus";
import type { Precision } from "@/lib/dates/precision";
import type { GoldArticle } from "@/lib/ingest/score";
import { blindArticles } from "./blind-gold";

/**
 * The gold set of `npm run eval:ingest`: the seed article against its hand-reviewed events, and three
 * short articles written for this test set (fictional, in our own words), each with the events an
 * analyst would record from it, dated by hand before the extractor was run on them.
 */
const here = path.dirname(new URL(import.meta.url).pathname);
const read = (file: string) => readFileSync(path.join(here, file), "utf8");
const seedSource = corpus.sources[0];

export const goldArticles: GoldArticle[] = [
  {
    name: "seed: Japan–U.S. defense ministers (we2news)",
    text: readFileSync(path.join(here, "../../prisma/seed-data/sources", seedSource.textFile), "utf8"),
    publishedAt: seedSource.publishedAt,
    events: corpus.events.map((e) => ({ label: e.title, quotes: e.citations.map((c) => c.quote), date: { start: e.date.start, end: e.date.end, precision: e.date.precision as Precision } })),
  },
  {
    name: "alliance summit: spending target and review year",
    text: read("alliance-summit.txt"),
    publishedAt: "2026-06-26 18:05 +02:00",
    events: [
      { label: "Allies agree 3.5% goal", quotes: ["Leaders of the alliance's 32 members agreed on Wednesday (June 24)"], date: { start: "2026-06-24", end: "2026-06-24", precision: "day" } },
      { label: "Deadline 3.5% by 2035", quotes: ["3.5% of GDP by 2035"], date: { start: "2035-12-31", end: "2035-12-31", precision: "by" } },
      { label: "Two-day summit", quotes: ["The two-day summit was held in The Hague on 24–25 June."], date: { start: "2026-06-24", end: "2026-06-25", precision: "approximate" } },
      { label: "Leaders agree 1.5% for resilience", quotes: ["The leaders also agreed that a further 1.5% of GDP"], date: { start: "2026-06-24", end: "2026-06-25", precision: "approximate" } },
      { label: "Deadline 1.5% within ten years", quotes: ["within ten years"], date: { start: "2036-06-26", end: "2036-06-26", precision: "by" } },
      { label: "Finance ministers' decision to pool air defence", quotes: ["last week's decision by finance ministers"], date: { start: "2026-06-15", end: "2026-06-21", precision: "approximate" } },
      { label: "National spending plans due", quotes: ["Each member will present a national spending plan in the third quarter of 2026."], date: { start: "2026-07-01", end: "2026-09-30", precision: "quarter" } },
      { label: "Review of the trajectory", quotes: ["a review of the spending trajectory would take place in early 2029"], date: { start: "2029-01-01", end: "2029-04-30", precision: "approximate" } },
      { label: "Declaration published", quotes: ["The summit declaration was published yesterday."], date: { start: "2026-06-25", end: "2026-06-25", precision: "day" } },
      { label: "2014 pledge", quotes: ["The allies last raised their guideline in 2014"], date: { start: "2014-01-01", end: "2014-12-31", precision: "year" } },
      { label: "Deadline 2% by 2024", quotes: ["pledged to spend 2% of GDP by 2024"], date: { start: "2024-12-31", end: "2024-12-31", precision: "by" } },
    ],
  },
  {
    name: "U.S. budget: federal fiscal years",
    text: read("us-budget.txt"),
    publishedAt: "February 3, 2026",
    events: [
      { label: "FY2027 request sent", quotes: ["The White House sent its budget request for fiscal year 2027 to Congress on Monday"], date: { start: "2026-02-02", end: "2026-02-02", precision: "day" } },
      { label: "Stopgap passed", quotes: ["Congress passed a stopgap funding measure last month"], date: { start: "2026-01-01", end: "2026-01-31", precision: "month" } },
      { label: "Stopgap expires", quotes: ["until March 13"], date: { start: "2026-03-13", end: "2026-03-13", precision: "by" } },
      { label: "CBO deficit projection", quotes: ["The Congressional Budget Office said on January 28"], date: { start: "2026-01-28", end: "2026-01-28", precision: "day" } },
      { label: "Senate vote", quotes: ["The Senate is expected to vote on the defense bill in the second quarter of 2026."], date: { start: "2026-04-01", end: "2026-06-30", precision: "quarter" } },
      { label: "Audit deadline FY2028", quotes: ["pass a clean financial audit by fiscal year 2028"], date: { start: "2028-09-30", end: "2028-09-30", precision: "by" } },
      { label: "FY2026 request sent", quotes: ["Last year's request, sent on March 11, 2025, was never enacted in full."], date: { start: "2025-03-11", end: "2025-03-11", precision: "day" } },
    ],
  },
  {
    name: "Online Services Act: effective date and transition deadline",
    text: read("online-services-act.txt"),
    publishedAt: "2026-05-14 09:30 +01:00",
    events: [
      { label: "Final approval", quotes: ["The UK Parliament gave final approval to the Online Services Act on Tuesday (May 12)"], date: { start: "2026-05-12", end: "2026-05-12", precision: "day" } },
      { label: "Lords reject amendment", quotes: ["The House of Lords rejected a last amendment on Monday, May 12."], date: { start: "2026-05-12", end: "2026-05-12", precision: "day" } },
      { label: "Royal Assent", quotes: ["The act received Royal Assent yesterday."], date: { start: "2026-05-13", end: "2026-05-13", precision: "day" } },
      { label: "Main duties take effect", quotes: ["Its main duties take effect on 1 January 2027."], date: { start: "2027-01-01", end: "2027-01-01", precision: "day" } },
      { label: "Transition deadline", quotes: ["until the end of the 2027-28 financial year"], date: { start: "2028-03-31", end: "2028-03-31", precision: "by" } },
      { label: "Draft codes of practice", quotes: ["The regulator will publish draft codes of practice in the third quarter."], date: { start: "2026-07-01", end: "2026-09-30", precision: "quarter" } },
      { label: "Fines possible", quotes: ["fines of up to 10% of global turnover from mid-2027"], date: { start: "2027-05-01", end: "2027-08-31", precision: "approximate" } },
      { label: "Review of the act", quotes: ["Ministers must review the act's effect in the early 2030s."], date: { start: "2030-01-01", end: "2033-12-31", precision: "approximate" } },
    ],
  },
];

/** Two further articles and their gold events, written by a second author who had not seen the extractor. */
export const blindGoldArticles: GoldArticle[] = blindArticles.map((a) => ({ name: a.name, text: read(a.file), publishedAt: a.publishedAt, events: a.events }));
