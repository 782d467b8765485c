import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  calendarDateParts,
  daysBetween,
  daysInMonth,
  formatCalendarDate,
  formatDayLabel,
  formatMonthLabel,
  fromDayNumber,
  fromUtcDate,
  isCalendarDate,
  toDayNumber,
  toUtcDate,
} from "./calendar-date";

describe("isCalendarDate", () => {
  it.each(["2025-10-29", "2024-02-29", "2000-02-29", "2025-01-01", "2025-12-31", "2025-04-30", "0001-01-01", "9999-12-31"])(
    "accepts %s",
    (value) => {
      expect(isCalendarDate(value)).toBe(true);
    },
  );

  it.each([
    "2025-02-29", // 2025 is not a leap year
    "1900-02-29", // century, not divisible by 400
    "2025-13-01",
    "2025-00-10",
    "2025-01-00",
    "2025-01-32",
    "2025-04-31",
    "2025-1-01",
    "2025-01-1",
    "25-01-01",
    "20250101",
    "2025/01/01",
    " 2025-01-01",
    "2025-01-01 ",
    "2025-01-01T00:00:00Z",
    "abcd-ef-gh",
    "",
  ])("rejects %j", (value) => {
    expect(isCalendarDate(value)).toBe(false);
  });

  it("treats years 0-99 literally (0 is a leap year, 1900 is not)", () => {
    expect(isCalendarDate("0000-02-29")).toBe(true);
    expect(isCalendarDate("0004-02-29")).toBe(true);
    expect(isCalendarDate("0001-02-29")).toBe(false);
  });
});

describe("daysInMonth", () => {
  it("knows month lengths and leap Februaries", () => {
    expect(daysInMonth(2025, 1)).toBe(31);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2025, 4)).toBe(30);
    expect(daysInMonth(2025, 12)).toBe(31);
  });
});

describe("calendarDateParts / formatCalendarDate", () => {
  it("splits a date into numbers", () => {
    expect(calendarDateParts("2025-10-09")).toEqual({ year: 2025, month: 10, day: 9 });
  });

  it("throws a RangeError for anything but a real date", () => {
    expect(() => calendarDateParts("2025-02-29")).toThrow(RangeError);
    expect(() => calendarDateParts("nope")).toThrow(/Not a calendar date/);
  });

  it("pads every part", () => {
    expect(formatCalendarDate(2025, 4, 1)).toBe("2025-04-01");
    expect(formatCalendarDate(987, 1, 2)).toBe("0987-01-02");
  });
});

describe("day numbers", () => {
  it("counts days from 1970-01-01 in UTC", () => {
    expect(toDayNumber("1970-01-01")).toBe(0);
    expect(toDayNumber("1970-01-02")).toBe(1);
    expect(toDayNumber("1969-12-31")).toBe(-1);
    expect(toDayNumber("2000-01-01")).toBe(10_957);
  });

  it.each(["1970-01-01", "1969-12-31", "2024-02-29", "2025-10-29", "2026-12-31", "1900-03-01", "9999-12-31", "0050-06-15", "0001-01-01"])(
    "round trips %s",
    (date) => {
      const n = toDayNumber(date);
      expect(Number.isInteger(n)).toBe(true);
      expect(fromDayNumber(n)).toBe(date);
    },
  );

  it("round trips every day of a leap year and the year after in order", () => {
    const first = toDayNumber("2024-01-01");
    let previous = "";
    for (let n = first; n < first + 731; n++) {
      const date = fromDayNumber(n);
      expect(isCalendarDate(date)).toBe(true);
      expect(toDayNumber(date)).toBe(n);
      expect(date > previous).toBe(true);
      previous = date;
    }
    expect(previous).toBe("2025-12-31");
  });

  it("throws on an invalid date", () => {
    expect(() => toDayNumber("2025-02-30")).toThrow(RangeError);
  });
});

describe("addDays", () => {
  it("adds and subtracts within a month", () => {
    expect(addDays("2025-10-29", 0)).toBe("2025-10-29");
    expect(addDays("2025-10-29", 1)).toBe("2025-10-30");
    expect(addDays("2025-10-29", -28)).toBe("2025-10-01");
  });

  it("crosses month ends", () => {
    expect(addDays("2025-10-31", 1)).toBe("2025-11-01");
    expect(addDays("2025-04-30", 1)).toBe("2025-05-01");
    expect(addDays("2025-11-01", -1)).toBe("2025-10-31");
  });

  it("crosses year ends", () => {
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
    expect(addDays("2025-12-25", 10)).toBe("2026-01-04");
  });

  it("handles leap days", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2024-02-29", 1)).toBe("2024-03-01");
    expect(addDays("2025-02-28", 1)).toBe("2025-03-01");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(addDays("2025-03-01", -1)).toBe("2025-02-28");
    expect(addDays("2024-02-29", 365)).toBe("2025-02-28");
    expect(addDays("2024-01-01", 366)).toBe("2025-01-01");
    expect(addDays("2025-01-01", 365)).toBe("2026-01-01");
  });

  it("is independent of DST transitions", () => {
    // US DST began 2025-03-09 and ended 2025-11-02; day arithmetic must not notice.
    expect(addDays("2025-03-08", 2)).toBe("2025-03-10");
    expect(addDays("2025-11-01", 2)).toBe("2025-11-03");
  });
});

describe("daysBetween", () => {
  it("is positive when the second date is later and zero for the same day", () => {
    expect(daysBetween("2025-10-29", "2025-10-29")).toBe(0);
    expect(daysBetween("2025-10-29", "2025-10-30")).toBe(1);
    expect(daysBetween("2025-10-30", "2025-10-29")).toBe(-1);
  });

  it("counts across month, year and leap boundaries", () => {
    expect(daysBetween("2026-11-26", "2026-12-31")).toBe(35);
    expect(daysBetween("2025-12-31", "2026-01-01")).toBe(1);
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetween("2025-02-28", "2025-03-01")).toBe(1);
    expect(daysBetween("2024-01-01", "2025-01-01")).toBe(366);
    expect(daysBetween("2025-04-01", "2026-03-31")).toBe(364);
  });

  it("is the inverse of addDays", () => {
    for (const d of [-400, -31, -1, 0, 1, 59, 60, 365, 1000]) {
      expect(daysBetween("2024-02-29", addDays("2024-02-29", d))).toBe(d);
    }
  });
});

describe("formatDayLabel", () => {
  it("writes day, month abbreviation and year without zero padding the day", () => {
    expect(formatDayLabel("2025-10-29")).toBe("29 Oct 2025");
    expect(formatDayLabel("2026-01-01")).toBe("1 Jan 2026");
    expect(formatDayLabel("2024-02-29")).toBe("29 Feb 2024");
    expect(formatDayLabel("2026-12-31")).toBe("31 Dec 2026");
    expect(formatDayLabel("2025-05-09")).toBe("9 May 2025");
  });

  it("throws on an invalid date", () => {
    expect(() => formatDayLabel("2025-13-01")).toThrow(RangeError);
  });
});

describe("toUtcDate", () => {
  it("gives the UTC midnight that starts the day", () => {
    const instant = toUtcDate("2025-10-29");
    expect(instant.toISOString()).toBe("2025-10-29T00:00:00.000Z");
    expect(instant.getTime()).toBe(Date.UTC(2025, 9, 29));
    expect(instant.getUTCHours()).toBe(0);
    expect(instant.getUTCMinutes()).toBe(0);
  });

  it("works for leap days and year ends", () => {
    expect(toUtcDate("2024-02-29").toISOString()).toBe("2024-02-29T00:00:00.000Z");
    expect(toUtcDate("2025-12-31").toISOString()).toBe("2025-12-31T00:00:00.000Z");
  });

  it("is one day apart for consecutive dates", () => {
    expect(toUtcDate("2026-01-01").getTime() - toUtcDate("2025-12-31").getTime()).toBe(86_400_000);
  });
});

describe("fromUtcDate", () => {
  it("reads any Date in UTC", () => {
    expect(fromUtcDate(new Date("2025-10-29T23:59:59.999Z"))).toBe("2025-10-29");
    expect(fromUtcDate(new Date("2025-10-30T00:00:00Z"))).toBe("2025-10-30");
  });

  it("is the inverse of toUtcDate", () => {
    for (const date of ["0050-01-01", "0099-12-31", "1969-12-31", "2024-02-29"]) expect(fromUtcDate(toUtcDate(date))).toBe(date);
  });
});

describe("addMonths", () => {
  it("keeps the day of the month, or takes the last day of a shorter month", () => {
    expect(addMonths("2025-10-29", 1)).toBe("2025-11-29");
    expect(addMonths("2025-01-31", 1)).toBe("2025-02-28");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2025-03-31", -1)).toBe("2025-02-28");
    expect(addMonths("2025-10-28", 24)).toBe("2027-10-28");
  });
});

describe("formatMonthLabel", () => {
  it("writes the month abbreviation and the year", () => {
    expect(formatMonthLabel("2025-10-29")).toBe("Oct 2025");
    expect(formatMonthLabel("2026-01-01")).toBe("Jan 2026");
  });
});

// Date.UTC and the Date constructor read years 0–99 as 1900–1999 (and so does `new UTCDate(y, m, d)`).
describe("years before 100 are taken literally", () => {
  it("builds their UTC midnights", () => {
    expect(toUtcDate("0050-01-01").getUTCFullYear()).toBe(50);
    expect(toUtcDate("0050-01-01").toISOString()).toBe("0050-01-01T00:00:00.000Z");
    expect(toUtcDate("0099-12-31").toISOString()).toBe("0099-12-31T00:00:00.000Z");
  });

  it("knows their month lengths: 44 and 96 are leap years, 50, 99 and 100 are not", () => {
    expect(daysInMonth(44, 2)).toBe(29);
    expect(daysInMonth(96, 2)).toBe(29);
    expect(daysInMonth(50, 2)).toBe(28);
    expect(daysInMonth(99, 2)).toBe(28);
    expect(daysInMonth(100, 2)).toBe(28);
    expect(isCalendarDate("0044-02-29")).toBe(true);
    expect(isCalendarDate("0050-02-29")).toBe(false);
  });

  it("counts days across 0049/0050 and 0099/0100", () => {
    expect(addDays("0050-01-01", -1)).toBe("0049-12-31");
    expect(addDays("0099-12-31", 1)).toBe("0100-01-01");
    expect(addDays("0044-02-28", 1)).toBe("0044-02-29");
    expect(daysBetween("0099-12-31", "0100-01-01")).toBe(1);
    expect(daysBetween("0050-01-01", "0051-01-01")).toBe(365);
    expect(daysBetween("0044-01-01", "0045-01-01")).toBe(366);
    expect(toDayNumber("0100-01-01") - toDayNumber("0099-12-31")).toBe(1);
    expect(fromDayNumber(toDayNumber("0050-01-01") - 1)).toBe("0049-12-31");
  });

  it("adds months into and out of them", () => {
    expect(addMonths("0044-01-31", 1)).toBe("0044-02-29");
    expect(addMonths("0099-12-15", 1)).toBe("0100-01-15");
    expect(addMonths("0100-01-31", -1)).toBe("0099-12-31");
  });

  it("labels them with the year as written, unpadded", () => {
    expect(formatDayLabel("0050-03-01")).toBe("1 Mar 50");
    expect(formatMonthLabel("0044-02-10")).toBe("Feb 44");
    expect(formatDayLabel("0099-12-31")).toBe("31 Dec 99");
  });
});
