import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { multiLevelTicks } from "@/lib/timeline/ticks";
import { addDays, addMonths, daysBetween, formatDayLabel, formatMonthLabel, fromDayNumber, fromUtcDate, toDayNumber, toUtcDate } from "./calendar-date";
import { todayIn } from "./countdown";
import { fiscalCalendarOf, fiscalYear } from "./fiscal-year";
import { defaultDateLabel, precisionMismatch } from "./precision";

/**
 * The calendar code must give the same answers whatever zone the machine runs in. Vitest pins TZ=UTC;
 * here each suite switches the process's zone (Node rereads process.env.TZ), west and east of UTC, on
 * both sides of the date line, with a half-hour offset.
 */
const ZONES: [zone: string, januaryOffsetMinutes: number][] = [
  ["UTC", 0],
  ["Pacific/Auckland", -780],
  ["America/Los_Angeles", 480],
  ["Asia/Kolkata", -330],
];

describe.each(ZONES)("in the machine zone %s", (zone, januaryOffset) => {
  const before = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
  });
  afterAll(() => {
    process.env.TZ = before;
  });

  it("really runs in that zone", () => {
    // eslint-disable-next-line no-restricted-syntax -- a local-time Date on purpose: it shows the machine's zone
    expect(new Date(2026, 0, 15).getTimezoneOffset()).toBe(januaryOffset);
  });

  it("does day arithmetic on the calendar, across the zone's DST changes", () => {
    expect(addDays("2025-09-27", 2)).toBe("2025-09-29"); // Auckland springs forward 2025-09-28
    expect(addDays("2025-04-05", 2)).toBe("2025-04-07"); // and back 2025-04-06
    expect(addDays("2025-03-08", 2)).toBe("2025-03-10"); // Los Angeles, 2025-03-09
    expect(daysBetween("2025-03-01", "2025-11-30")).toBe(274);
    expect(addMonths("2025-01-31", 1)).toBe("2025-02-28");
    expect(toDayNumber("2025-10-29")).toBe(20_390);
    expect(fromDayNumber(20_390)).toBe("2025-10-29");
    expect(fromUtcDate(toUtcDate("2025-10-29"))).toBe("2025-10-29");
  });

  it("labels dates by the calendar string, not a local reading of it", () => {
    expect(formatDayLabel("2025-10-29")).toBe("29 Oct 2025");
    expect(formatDayLabel("2026-01-01")).toBe("1 Jan 2026");
    expect(formatMonthLabel("2025-12-31")).toBe("Dec 2025");
    expect(defaultDateLabel({ start: "2025-10-01", end: "2025-12-31", precision: "quarter" })).toBe("Q4 2025");
    expect(fromUtcDate(new Date("2025-10-29T23:30:00Z"))).toBe("2025-10-29");
  });

  it("checks precisions and fiscal years on the calendar", () => {
    expect(precisionMismatch({ start: "2024-02-01", end: "2024-02-29", precision: "month" })).toBeNull();
    expect(precisionMismatch({ start: "2025-01-01", end: "2025-12-31", precision: "year" })).toBeNull();
    expect(fiscalYear(2025, fiscalCalendarOf("JP"))).toEqual({ start: "2025-04-01", end: "2026-03-31", label: "FY2025" });
    expect(fiscalYear(2026, fiscalCalendarOf("US"))).toEqual({ start: "2025-10-01", end: "2026-09-30", label: "FY2026" });
  });

  it("takes years before 100 literally", () => {
    expect(addDays("0099-12-31", 1)).toBe("0100-01-01");
    expect(addMonths("0044-01-31", 1)).toBe("0044-02-29");
    expect(formatDayLabel("0050-01-01")).toBe("1 Jan 50");
  });

  it("finds today in the deadline's zone, not the machine's", () => {
    const instant = new Date("2026-11-26T20:00:00Z");
    expect(todayIn("UTC", instant)).toBe("2026-11-26");
    expect(todayIn("Pacific/Auckland", instant)).toBe("2026-11-27");
    expect(todayIn("America/Los_Angeles", instant)).toBe("2026-11-26");
    expect(todayIn("Asia/Kolkata", new Date("2026-11-26T18:29:59Z"))).toBe("2026-11-26");
    expect(todayIn("Asia/Kolkata", new Date("2026-11-26T18:30:00Z"))).toBe("2026-11-27");
  });

  it("labels timeline ticks in UTC", () => {
    const { fine, coarse } = multiLevelTicks(toDayNumber("2025-12-30"), toDayNumber("2026-01-02"), 1000);
    expect(fine.map((t) => t.label)).toEqual(["30", "31", "1", "2"]);
    expect(coarse.map((t) => t.label)).toEqual(["December 2025", "January 2026"]);
  });
});
