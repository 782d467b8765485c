import { describe, expect, it } from "vitest";
import { findDateMentions } from "./date-mentions";
import { resolveDate, weekdayOf } from "./resolve-date";

/** The first date expression of `text`, read as an analyst would for an article of `published`. */
function read(text: string, published = "2025-10-28", options: { country?: string; future?: boolean } = {}) {
  const [mention] = findDateMentions(text, published);
  if (!mention) return null;
  const resolved = resolveDate(mention, { published, country: options.country, future: options.future ?? false });
  return { text: mention.text, ...resolved.date, notes: resolved.notes };
}

describe("dates read relative to the publication and the country", () => {
  it.each([
    // explicit days and ranges, the year from the publication
    ["on Wednesday (October 29)", "2025-10-28", undefined, "2025-10-29", "2025-10-29", "day", "29 Oct 2025"],
    ["They met on 24–25 June.", "2026-06-26", undefined, "2026-06-24", "2026-06-25", "approximate", "24–25 Jun 2026"],
    ["on December 31", "2026-01-02", undefined, "2025-12-31", "2025-12-31", "day", "31 Dec 2025"],
    ["from 1 January 2027", "2026-05-14", undefined, "2027-01-01", "2027-01-01", "day", "1 Jan 2027"],
    // relative days and weeks
    ["yesterday", "2026-05-14", undefined, "2026-05-13", "2026-05-13", "day", "13 May 2026"],
    ["last week", "2026-06-26", undefined, "2026-06-15", "2026-06-21", "approximate", "week of 15 Jun 2026"],
    ["on Monday", "2026-02-03", undefined, "2026-02-02", "2026-02-02", "day", "2 Feb 2026"],
    // months, quarters, years, parts of years, decades
    ["in March 2026", "2025-10-28", undefined, "2026-03-01", "2026-03-31", "month", "Mar 2026"],
    ["last month", "2026-02-03", undefined, "2026-01-01", "2026-01-31", "month", "Jan 2026"],
    ["in the third quarter of 2026", "2025-10-28", undefined, "2026-07-01", "2026-09-30", "quarter", "Q3 2026"],
    ["Q2 2026", "2025-10-28", undefined, "2026-04-01", "2026-06-30", "quarter", "Q2 2026"],
    ["in 2014", "2025-10-28", undefined, "2014-01-01", "2014-12-31", "year", "2014"],
    ["in early 2029", "2025-10-28", undefined, "2029-01-01", "2029-04-30", "approximate", "early 2029"],
    ["mid-2027", "2025-10-28", undefined, "2027-05-01", "2027-08-31", "approximate", "mid 2027"],
    ["late 2028", "2025-10-28", undefined, "2028-09-01", "2028-12-31", "approximate", "late 2028"],
    ["in the 2040s", "2025-10-28", undefined, "2040-01-01", "2049-12-31", "approximate", "2040s"],
    ["in the early 2030s", "2025-10-28", undefined, "2030-01-01", "2033-12-31", "approximate", "early 2030s"],
    // fiscal years by the country's calendar, never a fake day
    ["from fiscal year 2027", "2025-10-28", "JP", "2027-04-01", "2028-03-31", "fiscal-year", "FY2027"],
    ["in fiscal year 2027", "2026-02-03", "US", "2026-10-01", "2027-09-30", "fiscal-year", "FY2027"],
    ["in FY2026", "2026-02-03", "GB", "2026-04-01", "2027-03-31", "fiscal-year", "FY2026"],
    ["fiscal 2025", "2025-10-28", "DE", "2025-01-01", "2025-12-31", "year", "FY2025"],
    ["in federal fiscal year 2029", "2028-02-24", "GB", "2028-10-01", "2029-09-30", "fiscal-year", "FY2029"],
    // deadlines
    ["by the end of 2026", "2025-10-28", undefined, "2026-12-31", "2026-12-31", "by", "by end of 2026"],
    ["by 2035", "2025-10-28", undefined, "2035-12-31", "2035-12-31", "by", "by 2035"],
    ["before 2035", "2025-10-28", undefined, "2034-12-31", "2034-12-31", "by", "before 2035"],
    ["by end-2026", "2025-10-28", undefined, "2026-12-31", "2026-12-31", "by", "by end of 2026"],
    ["by March 2027", "2025-10-28", undefined, "2027-03-31", "2027-03-31", "by", "by Mar 2027"],
    ["by fiscal year 2028", "2026-02-03", "US", "2028-09-30", "2028-09-30", "by", "by FY2028"],
    ["until the end of the 2027-28 financial year", "2026-05-14", "GB", "2028-03-31", "2028-03-31", "by", "by end of FY2027"],
    ["within two years", "2025-10-28", undefined, "2027-10-28", "2027-10-28", "by", "within 2 years (by 28 Oct 2027)"],
    ["within six months", "2025-08-31", undefined, "2026-02-28", "2026-02-28", "by", "within 6 months (by 28 Feb 2026)"],
    ["by the end of the year", "2025-10-28", undefined, "2025-12-31", "2025-12-31", "by", "by end of 2025"],
    ["until June 30", "2028-02-24", undefined, "2028-06-30", "2028-06-30", "by", "by 30 Jun 2028"],
  ])("%s (published %s, %s)", (text, published, country, start, end, precision, label) => {
    expect(read(text, published, { country })).toMatchObject({ start, end, precision, label });
  });

  it("checks a printed weekday against the date and notes a mismatch, never moving the year", () => {
    expect(read("on Wednesday (October 29)")!.notes).toContain("The weekday checks out: 29 Oct 2025 is a Wednesday.");
    const wrong = read("on Monday, May 12", "2026-05-14")!;
    expect(wrong).toMatchObject({ start: "2026-05-12", precision: "day" });
    expect(wrong.notes).toContain("Weekday mismatch: the text says Monday, but 12 May 2026 is a Tuesday.");
  });

  it("reads a bare weekday as the last one before publication for a past act, the next one for a plan", () => {
    expect(read("on Tuesday", "2026-02-05", { future: false })).toMatchObject({ start: "2026-02-03" });
    expect(read("on Tuesday", "2026-02-05", { future: true })).toMatchObject({ start: "2026-02-10" });
    expect(read("on Thursday", "2026-02-05", { future: false })).toMatchObject({ start: "2026-02-05" });
  });

  it("finds every expression of a sentence with offsets that slice the text", () => {
    const text = "Japan has moved forward its target from fiscal year 2027 to fiscal year 2025 😀, and will act by the end of 2026.";
    const found = findDateMentions(text, "2025-10-28");
    expect(found.map((m) => m.text)).toEqual(["fiscal year 2027", "fiscal year 2025", "by the end of 2026"]);
    for (const m of found) expect(text.slice(m.index, m.end)).toBe(m.text);
  });

  it("leaves plain numbers, percentages and times of day alone", () => {
    expect(findDateMentions("2,000 troops and 3.5% of GDP, 2000 tanks", "2025-10-28")).toEqual([]);
  });

  it("knows the weekday of a day, years before 100 included", () => {
    expect(weekdayOf("1970-01-01")).toBe(4);
    expect(weekdayOf("2025-10-29")).toBe(3);
    // 1 March 50 was a Tuesday in the proleptic Gregorian calendar
    expect(weekdayOf("0050-03-01")).toBe(2);
  });
});
