import { describe, expect, it } from "vitest";
import { countdown, resolveToday, todayIn } from "./countdown";

const INSTANT = new Date("2026-11-26T20:00:00Z");
/** An environment holding only the given variables (Next's types make NODE_ENV required). */
const env = (vars: Record<string, string> = {}) => vars as NodeJS.ProcessEnv;

describe("todayIn", () => {
  it("gives the calendar date in the zone of the injected instant", () => {
    expect(todayIn("Asia/Tokyo", INSTANT)).toBe("2026-11-27");
    expect(todayIn("America/Los_Angeles", INSTANT)).toBe("2026-11-26");
    expect(todayIn("UTC", INSTANT)).toBe("2026-11-26");
  });

  it("turns over at local midnight", () => {
    // Tokyo is UTC+9 all year: midnight there is 15:00Z the day before.
    expect(todayIn("Asia/Tokyo", new Date("2026-11-26T14:59:59Z"))).toBe("2026-11-26");
    expect(todayIn("Asia/Tokyo", new Date("2026-11-26T15:00:00Z"))).toBe("2026-11-27");
    // Los Angeles is UTC-8 in November.
    expect(todayIn("America/Los_Angeles", new Date("2026-11-27T07:59:59Z"))).toBe("2026-11-26");
    expect(todayIn("America/Los_Angeles", new Date("2026-11-27T08:00:00Z"))).toBe("2026-11-27");
  });

  it("crosses a year end", () => {
    const instant = new Date("2025-12-31T16:00:00Z");
    expect(todayIn("Asia/Tokyo", instant)).toBe("2026-01-01");
    expect(todayIn("America/Los_Angeles", instant)).toBe("2025-12-31");
  });

  it("always writes YYYY-MM-DD with zero padding", () => {
    expect(todayIn("UTC", new Date("2026-01-05T00:00:00Z"))).toBe("2026-01-05");
  });

  it("rejects an unknown zone", () => {
    expect(() => todayIn("Not/AZone", INSTANT)).toThrow(RangeError);
  });
});

describe("countdown", () => {
  it("counts 35 days from 26 Nov to 31 Dec 2026", () => {
    expect(countdown("2026-11-26", "2026-12-31")).toEqual({ days: 35, text: "35 days left" });
  });

  it("counts across month and year ends", () => {
    expect(countdown("2026-11-30", "2026-12-01")).toEqual({ days: 1, text: "1 day left" });
    expect(countdown("2025-12-31", "2026-01-02")).toEqual({ days: 2, text: "2 days left" });
    expect(countdown("2025-10-29", "2026-03-31")).toEqual({ days: 153, text: "153 days left" });
    expect(countdown("2024-02-28", "2024-03-01")).toEqual({ days: 2, text: "2 days left" });
  });

  it("says due today on the due day", () => {
    expect(countdown("2026-12-31", "2026-12-31")).toEqual({ days: 0, text: "due today" });
  });

  it("counts overdue days", () => {
    expect(countdown("2027-01-01", "2026-12-31")).toEqual({ days: -1, text: "1 day ago" });
    expect(countdown("2026-11-26", "2026-03-31")).toEqual({ days: -240, text: "240 days ago" });
    expect(countdown("2026-01-01", "2025-12-30")).toEqual({ days: -2, text: "2 days ago" });
  });
});

describe("resolveToday", () => {
  it("uses POLICY_TIMELINE_TODAY when pinned, ignoring the zone and the instant", () => {
    expect(resolveToday("Asia/Tokyo", env({ POLICY_TIMELINE_TODAY: "2026-11-26" }), INSTANT)).toBe("2026-11-26");
    expect(resolveToday("America/Los_Angeles", env({ POLICY_TIMELINE_TODAY: "2024-02-29" }), INSTANT)).toBe("2024-02-29");
  });

  it("trims the pinned value", () => {
    expect(resolveToday("UTC", env({ POLICY_TIMELINE_TODAY: "  2026-11-26\n" }), INSTANT)).toBe("2026-11-26");
  });

  it.each(["2026-11-31", "2025-02-29", "26-11-2026", "2026-11", "today"])("throws for a pinned %j", (value) => {
    expect(() => resolveToday("UTC", env({ POLICY_TIMELINE_TODAY: value }), INSTANT)).toThrow(/POLICY_TIMELINE_TODAY must be YYYY-MM-DD/);
  });

  it("uses the injected instant and zone when unpinned", () => {
    expect(resolveToday("Asia/Tokyo", env(), INSTANT)).toBe("2026-11-27");
    expect(resolveToday("America/Los_Angeles", env(), INSTANT)).toBe("2026-11-26");
  });

  it("treats a blank pin as unpinned", () => {
    expect(resolveToday("Asia/Tokyo", env({ POLICY_TIMELINE_TODAY: "" }), INSTANT)).toBe("2026-11-27");
    expect(resolveToday("Asia/Tokyo", env({ POLICY_TIMELINE_TODAY: "   " }), INSTANT)).toBe("2026-11-27");
  });
});
