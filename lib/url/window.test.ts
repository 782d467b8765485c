import { describe, expect, it } from "vitest";
import { toDayNumber } from "@/lib/dates/calendar-date";
import { parseWindow, serializeWindow } from "./window";

const day = toDayNumber;

describe("parseWindow", () => {
  it("reads both days included as [from, to) in day numbers", () => {
    expect(parseWindow("2025-10-01..2025-10-31")).toEqual({ from: day("2025-10-01"), to: day("2025-11-01") });
  });

  it("accepts a single day", () => {
    expect(parseWindow("2025-10-29..2025-10-29")).toEqual({ from: day("2025-10-29"), to: day("2025-10-29") + 1 });
  });

  it("accepts days before 1970 and leap days", () => {
    expect(parseWindow("1969-12-31..1970-01-01")).toEqual({ from: -1, to: 1 });
    expect(parseWindow("2024-02-29..2024-03-01")).toEqual({ from: day("2024-02-29"), to: day("2024-03-02") });
  });

  it("ignores surrounding whitespace", () => {
    expect(parseWindow("  2025-01-01..2025-12-31\n")).toEqual({ from: day("2025-01-01"), to: day("2026-01-01") });
  });

  it.each([
    "",
    "2025-01-01",
    "2025-01-01..",
    "..2025-01-01",
    "2025-01-01...2025-02-01",
    "2025-01-01.2025-02-01",
    "2025-01-01-2025-02-01",
    "2025-01-01 .. 2025-02-01",
    "2025-1-01..2025-02-01",
    "25-01-01..25-02-01",
    "2025/01/01..2025/02/01",
    "2025-01-01..2025-02-01x",
    "2025-01-01T00:00..2025-02-01",
    "2025..2026",
  ])("rejects the format %j", (value) => {
    expect(parseWindow(value)).toBeNull();
  });

  it.each(["2025-02-29..2025-03-01", "2025-01-01..2025-02-30", "2025-13-01..2025-12-31", "2025-00-10..2025-01-10", "2025-04-31..2025-05-01"])(
    "rejects the invalid date in %j",
    (value) => {
      expect(parseWindow(value)).toBeNull();
    },
  );

  it("rejects an end before the start", () => {
    expect(parseWindow("2025-10-02..2025-10-01")).toBeNull();
    expect(parseWindow("2026-01-01..2025-12-31")).toBeNull();
  });
});

describe("serializeWindow", () => {
  it("writes whole-day windows with the last day included", () => {
    expect(serializeWindow({ from: day("2025-10-01"), to: day("2025-11-01") })).toBe("2025-10-01..2025-10-31");
    expect(serializeWindow({ from: day("2025-10-29"), to: day("2025-10-30") })).toBe("2025-10-29..2025-10-29");
  });

  it("rounds a fractional window outwards to whole days", () => {
    const from = day("2025-10-01");
    expect(serializeWindow({ from: from + 0.3, to: from + 9.2 })).toBe("2025-10-01..2025-10-10");
    expect(serializeWindow({ from: from - 0.01, to: from + 9.99 })).toBe("2025-09-30..2025-10-10");
  });

  it("ignores floating-point noise at day boundaries", () => {
    const from = day("2025-10-01");
    expect(serializeWindow({ from: from - 1e-9, to: from + 10 + 1e-9 })).toBe("2025-10-01..2025-10-10");
  });

  it("writes at least one day for a window inside a day", () => {
    const from = day("2025-10-01");
    expect(serializeWindow({ from: from + 0.2, to: from + 0.7 })).toBe("2025-10-01..2025-10-01");
    expect(serializeWindow({ from, to: from })).toBe("2025-10-01..2025-10-01");
  });

  it("writes days before 1970", () => {
    expect(serializeWindow({ from: -1.5, to: 0.5 })).toBe("1969-12-30..1970-01-01");
  });

  it("round trips whole-day windows", () => {
    for (const [from, to] of [
      [day("2025-10-01"), day("2025-11-01")],
      [day("2024-02-29"), day("2024-03-01")],
      [-400, 12],
      [day("1999-12-31"), day("2030-01-01")],
      [0, 1],
    ]) {
      expect(parseWindow(serializeWindow({ from, to }))).toEqual({ from, to });
    }
  });

  it("parses a serialised fractional window to a whole-day window containing it", () => {
    for (const w of [
      { from: 100.25, to: 130.75 },
      { from: -7.9, to: -2.1 },
      { from: 20_000.5, to: 20_000.6 },
    ]) {
      const back = parseWindow(serializeWindow(w))!;
      expect(back.from).toBeLessThanOrEqual(w.from);
      expect(back.to).toBeGreaterThanOrEqual(w.to);
      expect(back.from).toBe(Math.floor(w.from));
      expect(back.to).toBe(Math.ceil(w.to));
    }
  });
});
