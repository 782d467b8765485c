import { describe, expect, it } from "vitest";
import { toDayNumber } from "@/lib/dates/calendar-date";
import { dayScale } from "./scale";

describe("dayScale", () => {
  const window = { from: toDayNumber("2025-01-01"), to: toDayNumber("2025-01-01") + 200 };
  const scale = dayScale(window, 1000);

  it("puts the window's first day at 0 and its end at the full width, 5 px a day here", () => {
    expect(scale.place(window.from)).toBe(0);
    expect(scale.place(window.to)).toBe(1000);
    expect(scale.place(window.from + 10.5)).toBeCloseTo(52.5, 9);
    // Days outside the window are placed outside the drawing, on the same line.
    expect(scale.place(window.from - 2)).toBeCloseTo(-10, 9);
  });

  it("places each day where its d3 time scale (UTC midnights) does", () => {
    for (const day of [window.from, window.from + 1, window.from + 57.25, window.to - 1, window.to + 30])
      expect(scale.place(day)).toBeCloseTo(scale.time(new Date(day * 86_400_000)), 6);
    expect(scale.time.domain().map((d) => d.toISOString())).toEqual(["2025-01-01T00:00:00.000Z", "2025-07-20T00:00:00.000Z"]);
  });

  it("inverts a pixel to its (fractional) day and back", () => {
    for (const px of [0, 1, 333.3, 999.9, 1000, -40, 1200]) expect(scale.place(scale.invert(px))).toBeCloseTo(px, 5);
    for (const day of [window.from, window.from + 0.5, window.to]) expect(scale.invert(scale.place(day))).toBeCloseTo(day, 6);
  });

  it("stays finite for an empty window", () => {
    const flat = dayScale({ from: 100, to: 100 }, 800);
    expect(Number.isFinite(flat.place(101))).toBe(true);
  });
});
