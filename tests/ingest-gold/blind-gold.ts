/**
 * Blind gold set: two short fictional articles written for the Policy Timeline ingestion test set
 * (in our own words, without looking at the extractor), each with the events an analyst would record,
 * dated by hand under these conventions:
 *  - a date without a year takes the year nearest the publication date; relative dates count from it;
 *  - "by" = deadline, start = end = last day allowed ("before 2035" -> 2034-12-31, "by fiscal year 2035"
 *    in Japan -> 2036-03-31, the end of Japan's April–March FY2035; "within three years" -> publication + 3 years);
 *  - an act reported with no date of its own is dated "by" the publication day;
 *  - "late 2028" = Sep 1–Dec 31, "mid-2028" = May 1–Aug 31, "the 2040s" = 2040-01-01..2049-12-31,
 *    "last week" = the Monday–Sunday week before the publication's week.
 * All printed weekdays match their dates (no deliberate mismatch in this set):
 * Tuesday (October 12) 2027 is a Tuesday; "on Tuesday" before Thursday 2028-02-24 is 2028-02-22.
 * Dates mentioned only as baselines or context ("65% below 2013 levels") are not events.
 */

export type BlindPrecision = "day" | "month" | "quarter" | "year" | "fiscal-year" | "approximate" | "by";

export interface BlindEvent {
  label: string;
  quotes: string[];
  date: { start: string; end: string; precision: BlindPrecision };
}

export interface BlindArticle {
  name: string;
  file: string;
  publishedAt: string;
  events: BlindEvent[];
}

export const blindArticles: BlindArticle[] = [
  {
    name: "blind climate: Japan coal exit and hydrogen auction",
    file: "blind-climate.txt",
    // Thursday 14 October 2027, Tokyo time.
    publishedAt: "2027-10-14 16:30 +09:00",
    events: [
      { label: "Cabinet approves revised energy plan", quotes: ["Japan's cabinet approved a revised national energy plan on Tuesday (October 12)"], date: { start: "2027-10-12", end: "2027-10-12", precision: "day" } },
      { label: "Coal exit deadline before 2035", quotes: ["close its last unabated coal-fired power stations before 2035"], date: { start: "2034-12-31", end: "2034-12-31", precision: "by" } },
      // Japanese fiscal year 2035 runs 2035-04-01..2036-03-31; "by fiscal year 2035" = by its last day.
      { label: "Emissions 65% below 2013 by FY2035 (Japan)", quotes: ["greenhouse gas emissions are to fall 65% below 2013 levels by fiscal year 2035"], date: { start: "2036-03-31", end: "2036-03-31", precision: "by" } },
      { label: "First hydrogen auction opens", quotes: ["The first auction for long-term hydrogen supply contracts will open in the second quarter of 2028"], date: { start: "2028-04-01", end: "2028-06-30", precision: "quarter" } },
      { label: "Hydrogen auction winners announced", quotes: ["winning bids are to be announced in late 2028"], date: { start: "2028-09-01", end: "2028-12-31", precision: "approximate" } },
      { label: "Gas plants fitted with carbon capture", quotes: ["Gas-fired plants that stay on the grid are expected to be fitted with carbon capture equipment in the 2040s."], date: { start: "2040-01-01", end: "2049-12-31", precision: "approximate" } },
      // Undated act; "In a separate step" keeps it from taking the cabinet meeting's date.
      { label: "Minister asks utilities for coal closure schedules", quotes: ["Environment Minister Haruto Sato has asked the ten regional utilities to submit closure schedules for every remaining coal unit"], date: { start: "2027-10-14", end: "2027-10-14", precision: "by" } },
      { label: "Deadline for coal closure schedules", quotes: ["submit closure schedules for every remaining coal unit by the end of 2028"], date: { start: "2028-12-31", end: "2028-12-31", precision: "by" } },
      { label: "Industry group calls deadline achievable", quotes: ["The Japan Power Producers' Council, an industry group, said yesterday that the coal deadline was \"demanding but achievable\""], date: { start: "2027-10-13", end: "2027-10-13", precision: "day" } },
      // Publication week is Mon 11 – Sun 17 October 2027, so last week is 4–10 October.
      { label: "Advisory panel warns on transmission capacity", quotes: ["Last week, a government advisory panel warned that transmission capacity between eastern and western Japan would have to double."], date: { start: "2027-10-04", end: "2027-10-10", precision: "approximate" } },
      // "in January" from mid-October 2027: January 2028 is nearer than January 2027.
      { label: "Carbon levy bill to the Diet", quotes: ["The government will submit a bill raising the carbon levy to the Diet in January."], date: { start: "2028-01-01", end: "2028-01-31", precision: "month" } },
    ],
  },
  {
    name: "blind trade: U.S.–UK steel tariff cut and talks",
    file: "blind-trade.txt",
    // Thursday 24 February 2028; date only, no time printed.
    publishedAt: "February 24, 2028",
    events: [
      { label: "USTR announces steel tariff cut", quotes: ["U.S. Trade Representative Maria Chen announced on Tuesday"], date: { start: "2028-02-22", end: "2028-02-22", precision: "day" } },
      { label: "10% tariff takes effect", quotes: ["The United States will lower its 25% tariff on British steel and aluminium to 10% from April 1"], date: { start: "2028-04-01", end: "2028-04-01", precision: "day" } },
      // "the same day" = the Tuesday of the U.S. announcement.
      { label: "UK suspends retaliatory duties", quotes: ["London responded the same day by suspending its retaliatory duties on American whiskey and motorcycles"], date: { start: "2028-02-22", end: "2028-02-22", precision: "day" } },
      { label: "UK suspension ends", quotes: ["suspending its retaliatory duties on American whiskey and motorcycles until June 30"], date: { start: "2028-06-30", end: "2028-06-30", precision: "by" } },
      { label: "Original tariffs imposed", quotes: ["The tariffs were imposed on 12 March 2026"], date: { start: "2026-03-12", end: "2026-03-12", precision: "day" } },
      { label: "First negotiating round in London", quotes: ["Negotiators will hold a first round of talks on a broader trade agreement in London on 7–9 March."], date: { start: "2028-03-07", end: "2028-03-09", precision: "approximate" } },
      { label: "Second negotiating round in Washington", quotes: ["A second round is planned in Washington for mid-2028."], date: { start: "2028-05-01", end: "2028-08-31", precision: "approximate" } },
      // Undated act; the paragraph before describes future talks, so it is dated by publication.
      { label: "Joint working group on steel overcapacity agreed", quotes: ["The two sides have agreed to set up a joint working group on global steel overcapacity"], date: { start: "2028-02-24", end: "2028-02-24", precision: "by" } },
      // Counted from publication (not from the April 1 entry into force): 2028-02-24 + 3 years.
      { label: "Review of the 10% rate", quotes: ["the 10% rate must be reviewed within three years"], date: { start: "2031-02-24", end: "2031-02-24", precision: "by" } },
      // U.S. federal fiscal year 2029 = 2028-10-01..2029-09-30.
      { label: "Quota allowances raised in U.S. FY2029", quotes: ["the Commerce Department will raise import quota allowances for British producers in federal fiscal year 2029"], date: { start: "2028-10-01", end: "2029-09-30", precision: "fiscal-year" } },
      { label: "Goal: double clean-energy trade by 2030", quotes: ["Both governments say they aim to double bilateral trade in clean-energy goods by 2030."], date: { start: "2030-12-31", end: "2030-12-31", precision: "by" } },
    ],
  },
];
