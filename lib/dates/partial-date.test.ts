import { describe, expect, it } from "vitest";
import { overlaps, parsePartialDate } from "./partial-date";

describe("parsePartialDate", () => {
  it("reads a year as the whole calendar year", () => {
    expect(parsePartialDate("2025")).toEqual({ start: "2025-01-01", end: "2025-12-31" });
    expect(parsePartialDate("2024")).toEqual({ start: "2024-01-01", end: "2024-12-31" });
  });

  it("reads a month as all its days", () => {
    expect(parsePartialDate("2025-10")).toEqual({ start: "2025-10-01", end: "2025-10-31" });
    expect(parsePartialDate("2025-04")).toEqual({ start: "2025-04-01", end: "2025-04-30" });
    expect(parsePartialDate("2025-12")).toEqual({ start: "2025-12-01", end: "2025-12-31" });
    expect(parsePartialDate("2025-01")).toEqual({ start: "2025-01-01", end: "2025-01-31" });
  });

  it("knows February in leap and common years", () => {
    expect(parsePartialDate("2024-02")).toEqual({ start: "2024-02-01", end: "2024-02-29" });
    expect(parsePartialDate("2000-02")).toEqual({ start: "2000-02-01", end: "2000-02-29" });
    expect(parsePartialDate("2025-02")).toEqual({ start: "2025-02-01", end: "2025-02-28" });
    expect(parsePartialDate("2100-02")).toEqual({ start: "2100-02-01", end: "2100-02-28" });
  });

  it("reads a full date as that one day", () => {
    expect(parsePartialDate("2025-10-29")).toEqual({ start: "2025-10-29", end: "2025-10-29" });
    expect(parsePartialDate("2024-02-29")).toEqual({ start: "2024-02-29", end: "2024-02-29" });
  });

  it.each([
    "2025-1",
    "2025-00",
    "2025-13",
    "abc",
    "",
    "25",
    "20251",
    "2025-02-29",
    "2025-10-32",
    "2025-1-1",
    "2025-10-",
    " 2025",
    "2025 ",
    "2025/10",
    "2025-10-29T00:00",
  ])("rejects %j", (value) => {
    expect(parsePartialDate(value)).toBeNull();
  });
});

describe("overlaps", () => {
  const oct2025 = { start: "2025-10-01", end: "2025-10-31" };

  it("is true with both ends open", () => {
    expect(overlaps(oct2025, {})).toBe(true);
  });

  it("honours an open end", () => {
    expect(overlaps(oct2025, { start: "2025-10-15" })).toBe(true);
    expect(overlaps(oct2025, { start: "2025-11-01" })).toBe(false);
    expect(overlaps(oct2025, { end: "2025-10-15" })).toBe(true);
    expect(overlaps(oct2025, { end: "2025-09-30" })).toBe(false);
  });

  it("honours an open start", () => {
    expect(overlaps(oct2025, { start: "2025-01-01" })).toBe(true);
    expect(overlaps(oct2025, { end: "2030-01-01" })).toBe(true);
  });

  it("includes both ends", () => {
    expect(overlaps(oct2025, { start: "2025-10-31" })).toBe(true);
    expect(overlaps(oct2025, { end: "2025-10-01" })).toBe(true);
    expect(overlaps(oct2025, { start: "2025-10-31", end: "2025-10-31" })).toBe(true);
    expect(overlaps(oct2025, { start: "2025-09-01", end: "2025-10-01" })).toBe(true);
    expect(overlaps({ start: "2025-10-29", end: "2025-10-29" }, { start: "2025-10-29", end: "2025-10-29" })).toBe(true);
  });

  it("is false for a range wholly before or after", () => {
    expect(overlaps(oct2025, { start: "2025-08-01", end: "2025-09-30" })).toBe(false);
    expect(overlaps(oct2025, { start: "2025-11-01", end: "2025-12-31" })).toBe(false);
  });

  it("is true for a range inside the event or containing it", () => {
    expect(overlaps(oct2025, { start: "2025-10-10", end: "2025-10-12" })).toBe(true);
    expect(overlaps(oct2025, { start: "2025-01-01", end: "2025-12-31" })).toBe(true);
  });

  it("works with ranges made by parsePartialDate", () => {
    const fy2025 = { start: "2025-04-01", end: "2026-03-31" };
    expect(overlaps(fy2025, parsePartialDate("2026")!)).toBe(true);
    expect(overlaps(fy2025, parsePartialDate("2026-04")!)).toBe(false);
    expect(overlaps(fy2025, parsePartialDate("2025-03")!)).toBe(false);
    expect(overlaps(fy2025, parsePartialDate("2025-04")!)).toBe(true);
  });
});
