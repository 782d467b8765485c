import { describe, expect, it } from "vitest";
import { defaultDateLabel, exactInterval, precisionMismatch, PRECISIONS, type Precision } from "./precision";

const mismatch = (start: string, end: string, precision: Precision) => precisionMismatch({ start, end, precision });

describe("precisionMismatch", () => {
  it("covers every precision", () => {
    expect([...PRECISIONS].sort()).toEqual(["approximate", "by", "day", "fiscal-year", "month", "quarter", "year"]);
  });

  it("rejects start after end whatever the precision", () => {
    for (const precision of PRECISIONS) {
      expect(mismatch("2025-10-30", "2025-10-29", precision)).toBe("start 2025-10-30 is after end 2025-10-29");
    }
  });

  it("throws for a date that is not a real calendar date", () => {
    expect(() => mismatch("2025-02-29", "2025-02-29", "day")).toThrow(RangeError);
  });

  describe("day", () => {
    it("fits one day", () => {
      expect(mismatch("2025-10-29", "2025-10-29", "day")).toBeNull();
      expect(mismatch("2024-02-29", "2024-02-29", "day")).toBeNull();
    });
    it("does not fit two days", () => {
      expect(mismatch("2025-10-28", "2025-10-29", "day")).toBe('a "day" date has one day, got 2025-10-28..2025-10-29');
    });
  });

  describe("by", () => {
    it("fits one day (the deadline)", () => {
      expect(mismatch("2026-12-31", "2026-12-31", "by")).toBeNull();
    });
    it("does not fit a span", () => {
      expect(mismatch("2026-01-01", "2026-12-31", "by")).toMatch(/^a "by" date has one day/);
    });
  });

  describe("month", () => {
    it("fits one whole month, including leap February", () => {
      expect(mismatch("2025-10-01", "2025-10-31", "month")).toBeNull();
      expect(mismatch("2025-04-01", "2025-04-30", "month")).toBeNull();
      expect(mismatch("2024-02-01", "2024-02-29", "month")).toBeNull();
      expect(mismatch("2025-02-01", "2025-02-28", "month")).toBeNull();
    });
    it.each([
      ["2025-10-02", "2025-10-31"],
      ["2025-10-01", "2025-10-30"],
      ["2024-02-01", "2024-02-28"],
      ["2025-10-01", "2025-11-30"],
      ["2025-10-01", "2026-10-31"],
      ["2025-10-01", "2025-10-01"],
    ])("does not fit %s..%s", (start, end) => {
      expect(mismatch(start, end, "month")).toBe(`${start}..${end} is not one whole month`);
    });
  });

  describe("quarter", () => {
    it.each([
      ["2025-01-01", "2025-03-31"],
      ["2025-04-01", "2025-06-30"],
      ["2025-07-01", "2025-09-30"],
      ["2025-10-01", "2025-12-31"],
      ["2024-01-01", "2024-03-31"],
    ])("fits %s..%s", (start, end) => {
      expect(mismatch(start, end, "quarter")).toBeNull();
    });
    it.each([
      ["2025-02-01", "2025-04-30"], // three months but not a calendar quarter
      ["2025-11-01", "2026-01-31"],
      ["2025-01-01", "2025-03-30"],
      ["2025-01-02", "2025-03-31"],
      ["2025-01-01", "2025-06-30"],
      ["2025-10-01", "2026-12-31"],
    ])("does not fit %s..%s", (start, end) => {
      expect(mismatch(start, end, "quarter")).toBe(`${start}..${end} is not one calendar quarter`);
    });
  });

  describe("year", () => {
    it("fits one calendar year", () => {
      expect(mismatch("2025-01-01", "2025-12-31", "year")).toBeNull();
    });
    it.each([
      ["2025-01-01", "2026-12-31"],
      ["2025-01-02", "2025-12-31"],
      ["2025-01-01", "2025-12-30"],
      ["2025-04-01", "2026-03-31"],
    ])("does not fit %s..%s", (start, end) => {
      expect(mismatch(start, end, "year")).toBe(`${start}..${end} is not one calendar year`);
    });
  });

  describe("fiscal-year", () => {
    it("fits a Japanese (or U.K.) fiscal year and a U.S. federal one", () => {
      expect(mismatch("2025-04-01", "2026-03-31", "fiscal-year")).toBeNull();
      expect(mismatch("2027-04-01", "2028-03-31", "fiscal-year")).toBeNull();
      expect(mismatch("2025-10-01", "2026-09-30", "fiscal-year")).toBeNull();
    });
    it.each([
      ["2025-01-01", "2025-12-31"],
      ["2025-04-01", "2026-04-01"],
      ["2025-04-01", "2025-04-01"],
      ["2024-04-01", "2026-03-31"],
      ["2025-10-01", "2026-10-31"],
    ])("does not fit %s..%s", (start, end) => {
      expect(mismatch(start, end, "fiscal-year")).toBe(`${start}..${end} is not a fiscal year (1 Apr–31 Mar, or the U.S. federal 1 Oct–30 Sep)`);
    });
    it("reports rather than throws for a year with no fiscal year", () => {
      expect(mismatch("9999-04-01", "9999-12-31", "fiscal-year")).toMatch(/is not a fiscal year/);
    });
  });

  describe("approximate", () => {
    it("fits any ordered interval", () => {
      expect(mismatch("2025-10-28", "2025-10-29", "approximate")).toBeNull();
      expect(mismatch("2025-10-29", "2025-10-29", "approximate")).toBeNull();
      expect(mismatch("2020-03-17", "2026-08-02", "approximate")).toBeNull();
    });
  });
});

describe("defaultDateLabel", () => {
  it("labels a day", () => {
    expect(defaultDateLabel({ start: "2025-10-29", end: "2025-10-29", precision: "day" })).toBe("29 Oct 2025");
  });
  it("labels a month", () => {
    expect(defaultDateLabel({ start: "2025-10-01", end: "2025-10-31", precision: "month" })).toBe("Oct 2025");
    expect(defaultDateLabel({ start: "2024-02-01", end: "2024-02-29", precision: "month" })).toBe("Feb 2024");
  });
  it("labels each quarter", () => {
    expect(defaultDateLabel({ start: "2025-01-01", end: "2025-03-31", precision: "quarter" })).toBe("Q1 2025");
    expect(defaultDateLabel({ start: "2025-04-01", end: "2025-06-30", precision: "quarter" })).toBe("Q2 2025");
    expect(defaultDateLabel({ start: "2025-07-01", end: "2025-09-30", precision: "quarter" })).toBe("Q3 2025");
    expect(defaultDateLabel({ start: "2025-10-01", end: "2025-12-31", precision: "quarter" })).toBe("Q4 2025");
  });
  it("labels a year", () => {
    expect(defaultDateLabel({ start: "2026-01-01", end: "2026-12-31", precision: "year" })).toBe("2026");
  });
  it("labels a fiscal year by the year it starts in", () => {
    expect(defaultDateLabel({ start: "2025-04-01", end: "2026-03-31", precision: "fiscal-year" })).toBe("FY2025");
  });
  it("labels a U.S. federal fiscal year by the year it ends in", () => {
    expect(defaultDateLabel({ start: "2025-10-01", end: "2026-09-30", precision: "fiscal-year" })).toBe("FY2026");
  });
  it("labels a 'by' date with its end", () => {
    expect(defaultDateLabel({ start: "2026-12-31", end: "2026-12-31", precision: "by" })).toBe("by 31 Dec 2026");
  });
  it("labels an approximate day or span", () => {
    expect(defaultDateLabel({ start: "2025-10-29", end: "2025-10-29", precision: "approximate" })).toBe("c. 29 Oct 2025");
    expect(defaultDateLabel({ start: "2025-10-28", end: "2025-10-29", precision: "approximate" })).toBe(
      "c. 28 Oct 2025 – 29 Oct 2025",
    );
  });
});

describe("exactInterval", () => {
  it("writes a single day once", () => {
    expect(exactInterval({ start: "2025-10-29", end: "2025-10-29" })).toBe("29 Oct 2025");
  });
  it("writes both ends of a span", () => {
    expect(exactInterval({ start: "2025-04-01", end: "2026-03-31" })).toBe("1 Apr 2025 – 31 Mar 2026");
  });
  it("throws on an invalid date", () => {
    expect(() => exactInterval({ start: "2025-02-29", end: "2025-03-01" })).toThrow(RangeError);
  });
});

describe("precisions of years before 100", () => {
  it("checks month, quarter and year bounds in the years as written", () => {
    expect(precisionMismatch({ start: "0044-02-01", end: "0044-02-29", precision: "month" })).toBeNull();
    expect(precisionMismatch({ start: "0044-02-01", end: "0044-02-28", precision: "month" })).toMatch(/not one whole month/);
    expect(precisionMismatch({ start: "0050-02-01", end: "0050-02-28", precision: "month" })).toBeNull();
    expect(precisionMismatch({ start: "0099-10-01", end: "0099-12-31", precision: "quarter" })).toBeNull();
    expect(precisionMismatch({ start: "0099-10-01", end: "0100-01-01", precision: "quarter" })).toMatch(/not one calendar quarter/);
    expect(precisionMismatch({ start: "0050-01-01", end: "0050-12-31", precision: "year" })).toBeNull();
  });

  it("labels them with the year as written", () => {
    expect(defaultDateLabel({ start: "0044-02-01", end: "0044-02-29", precision: "month" })).toBe("Feb 44");
    expect(defaultDateLabel({ start: "0099-10-01", end: "0099-12-31", precision: "quarter" })).toBe("Q4 99");
    expect(defaultDateLabel({ start: "0050-01-01", end: "0050-12-31", precision: "year" })).toBe("50");
    expect(defaultDateLabel({ start: "0050-04-01", end: "0051-03-31", precision: "fiscal-year" })).toBe("FY50");
  });
});
