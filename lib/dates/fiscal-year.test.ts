import { describe, expect, it } from "vitest";
import { fiscalCalendarOf, fiscalYear, fiscalYearOf, japaneseFiscalYear } from "./fiscal-year";

const japaneseFiscalYearOf = (interval: { start: string; end: string }) => {
  const found = fiscalYearOf(interval);
  return found?.calendar === fiscalCalendarOf("JP") ? found.labelYear : null;
};

describe("japaneseFiscalYear", () => {
  it("FY2025 runs from 1 April 2025 to 31 March 2026", () => {
    expect(japaneseFiscalYear(2025)).toEqual({ start: "2025-04-01", end: "2026-03-31", label: "FY2025" });
  });

  it("FY2027 runs from 1 April 2027 to 31 March 2028", () => {
    expect(japaneseFiscalYear(2027)).toEqual({ start: "2027-04-01", end: "2028-03-31", label: "FY2027" });
  });

  it("pads years below 1000 so the bounds are real calendar dates", () => {
    expect(japaneseFiscalYear(999)).toEqual({ start: "0999-04-01", end: "1000-03-31", label: "FY999" });
  });

  it.each([0, -1, 9999, 2025.5, Number.NaN])("rejects %s", (year) => {
    expect(() => japaneseFiscalYear(year)).toThrow(RangeError);
  });
});

describe("japaneseFiscalYearOf", () => {
  it("names the fiscal year an interval is exactly", () => {
    expect(japaneseFiscalYearOf({ start: "2025-04-01", end: "2026-03-31" })).toBe(2025);
    expect(japaneseFiscalYearOf({ start: "2027-04-01", end: "2028-03-31" })).toBe(2027);
  });

  it.each([
    { start: "2025-01-01", end: "2025-12-31" },
    { start: "2025-04-01", end: "2026-03-30" },
    { start: "2025-04-02", end: "2026-03-31" },
    { start: "2025-04-01", end: "2027-03-31" },
    { start: "2025-04-01", end: "2025-04-01" },
    { start: "2024-04-01", end: "2026-03-31" },
  ])("returns null for $start..$end", (interval) => {
    expect(japaneseFiscalYearOf(interval)).toBeNull();
  });

  it("returns null rather than throwing for a year outside 1..9998", () => {
    expect(japaneseFiscalYearOf({ start: "0000-04-01", end: "0001-03-31" })).toBeNull();
    expect(japaneseFiscalYearOf({ start: "9999-04-01", end: "9999-12-31" })).toBeNull();
  });
});

describe("fiscal calendars by country", () => {
  it("the U.S. federal FY2026 runs from 1 October 2025 to 30 September 2026", () => {
    expect(fiscalYear(2026, fiscalCalendarOf("US"))).toEqual({ start: "2025-10-01", end: "2026-09-30", label: "FY2026" });
    expect(fiscalYearOf({ start: "2025-10-01", end: "2026-09-30" })).toEqual({ labelYear: 2026, calendar: fiscalCalendarOf("US") });
  });

  it("the U.K. follows April to March, and a country with no known fiscal calendar its calendar year", () => {
    expect(fiscalYear(2025, fiscalCalendarOf("GB"))).toEqual({ start: "2025-04-01", end: "2026-03-31", label: "FY2025" });
    expect(fiscalYear(2025, fiscalCalendarOf("DE"))).toEqual({ start: "2025-01-01", end: "2025-12-31", label: "FY2025" });
    expect(fiscalYear(2025, fiscalCalendarOf(undefined))).toEqual({ start: "2025-01-01", end: "2025-12-31", label: "FY2025" });
  });
});

describe("fiscal years before 100", () => {
  it("end twelve months after they start, in the years as written", () => {
    expect(japaneseFiscalYear(50)).toEqual({ start: "0050-04-01", end: "0051-03-31", label: "FY50" });
    expect(japaneseFiscalYear(99)).toEqual({ start: "0099-04-01", end: "0100-03-31", label: "FY99" });
    expect(fiscalYear(100, fiscalCalendarOf("US"))).toEqual({ start: "0099-10-01", end: "0100-09-30", label: "FY100" });
    expect(fiscalYear(44, fiscalCalendarOf("FR"))).toEqual({ start: "0044-01-01", end: "0044-12-31", label: "FY44" });
  });
});
