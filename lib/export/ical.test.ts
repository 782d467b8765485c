import { describe, expect, it } from "vitest";
import { escapeText, eventsCalendar, foldLine, formatStamp, icalDate } from "./ical";
import { testEvent } from "./test-events";

const OPTIONS = { name: "Policy Timeline deadlines", baseUrl: "https://timeline.example", stamp: new Date("2026-11-26T20:05:09.123Z") };
const octets = (line: string) => Buffer.byteLength(line, "utf8");
/** RFC 5545 unfolding: a CRLF followed by one space or tab disappears. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, "");
const lines = (text: string) => unfold(text).split("\r\n");
const property = (text: string, name: string) => lines(text).filter((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));

describe("escapeText", () => {
  it("escapes backslash, semicolon and comma, and writes line breaks as \\n", () => {
    expect(escapeText("a\\b;c,d")).toBe("a\\\\b\\;c\\,d");
    expect(escapeText("one\ntwo\r\nthree\rfour")).toBe("one\\ntwo\\nthree\\nfour");
    expect(escapeText("Koizumi: 2% of GDP")).toBe("Koizumi: 2% of GDP");
  });

  it("escapes a backslash before the characters it would otherwise hide", () => {
    expect(escapeText("\\,")).toBe("\\\\\\,");
  });
});

describe("foldLine", () => {
  it("leaves a line of 75 octets alone and folds the 76th", () => {
    expect(foldLine("x".repeat(75))).toBe("x".repeat(75));
    expect(foldLine("x".repeat(76))).toBe(`${"x".repeat(75)}\r\n x`);
  });

  it("keeps every physical line within 75 octets, the leading space included", () => {
    const folded = foldLine(`DESCRIPTION:${"abcdefghij".repeat(30)}`);
    const physical = folded.split("\r\n");
    expect(physical.length).toBeGreaterThan(4);
    for (const line of physical) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(physical.slice(1).every((l) => l.startsWith(" ") && !l.startsWith("  "))).toBe(true);
    expect(octets(physical[1])).toBe(75);
    expect(unfold(folded)).toBe(`DESCRIPTION:${"abcdefghij".repeat(30)}`);
  });

  it.each([
    ["2-octet", "é"],
    ["3-octet", "–"],
    ["3-octet CJK", "防"],
    ["4-octet", "😀"],
  ])("never splits a %s character", (_name, char) => {
    for (let prefix = 0; prefix < 4; prefix++) {
      const line = `SUMMARY:${"a".repeat(prefix)}${char.repeat(60)}`;
      const folded = foldLine(line);
      for (const physical of folded.split("\r\n")) {
        expect(octets(physical)).toBeLessThanOrEqual(75);
        // Each piece is whole UTF-8 on its own (a split surrogate pair would come back as U+FFFD).
        expect(Buffer.from(physical, "utf8").toString("utf8")).toBe(physical);
      }
      expect(unfold(folded)).toBe(line);
    }
  });
});

describe("dates and stamps", () => {
  it("writes DATE and UTC DATE-TIME values", () => {
    expect(icalDate("2026-12-31")).toBe("20261231");
    expect(formatStamp(new Date("2026-11-26T20:05:09.123Z"))).toBe("20261126T200509Z");
    expect(formatStamp(new Date("2026-01-02T03:04:05Z"))).toBe("20260102T030405Z");
  });
});

describe("eventsCalendar", () => {
  const calendar = eventsCalendar([testEvent()], OPTIONS);

  it("is a published Gregorian VCALENDAR with CRLF line endings only", () => {
    expect(calendar.startsWith("BEGIN:VCALENDAR\r\nPRODID:-//Policy Timeline//Deadlines//EN\r\nVERSION:2.0\r\n")).toBe(true);
    expect(calendar.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(calendar.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of ["CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:Policy Timeline deadlines"]) {
      expect(lines(calendar)).toContain(line);
    }
    for (const line of calendar.split("\r\n")) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it("makes one all-day VEVENT on the due day with a stable UID", () => {
    expect(lines(calendar).filter((l) => l === "BEGIN:VEVENT")).toHaveLength(1);
    expect(property(calendar, "UID")).toEqual(["UID:japan-revises-three-security-documents-by-end-2026@policy-timeline"]);
    expect(property(calendar, "DTSTAMP")).toEqual(["DTSTAMP:20261126T200509Z"]);
    expect(property(calendar, "DTSTART")).toEqual(["DTSTART;VALUE=DATE:20261231"]);
    expect(property(calendar, "DTEND")).toEqual(["DTEND;VALUE=DATE:20270101"]);
    expect(property(calendar, "SUMMARY")).toEqual(["SUMMARY:Japan to revise three security documents by end of 2026"]);
    expect(property(calendar, "URL")).toEqual(["URL:https://timeline.example/events/japan-revises-three-security-documents-by-end-2026"]);
    expect(eventsCalendar([testEvent()], { ...OPTIONS, stamp: new Date("2030-01-01T00:00:00Z") })).toContain(
      "UID:japan-revises-three-security-documents-by-end-2026@policy-timeline",
    );
  });

  it("describes the date, status, quote and source, escaped", () => {
    const [description] = property(calendar, "DESCRIPTION");
    expect(description).toContain("by end of 2026 (due 31 Dec 2026\\, Asia/Tokyo)\\nStatus: due");
    expect(description).toContain("“revise three security-related documents by the end of 2026”");
    expect(description).toContain("Thomas\\, S. (2025\\, October 28). Japan-U.S. Defense Ministers' Meeting");
    expect(description).toContain(
      "Stored source: https://timeline.example/sources/we2news-2025-10-28-japan-us-defense-ministers-meeting#c-1200",
    );
    expect(description).not.toMatch(/[^\\][,;]/);
  });

  it("puts a deadline on the last day of its period and ends the next day, across month and year ends", () => {
    const dtend = (start: string, end: string, kind: "deadline" | "meeting" = "deadline") => {
      const text = eventsCalendar([testEvent({ kind, date: { start, end, precision: "day", label: "x" } })], OPTIONS);
      return [...property(text, "DTSTART"), ...property(text, "DTEND")].map((l) => l.split(":")[1]);
    };
    expect(dtend("2025-04-01", "2026-03-31")).toEqual(["20260331", "20260401"]);
    expect(dtend("2026-01-31", "2026-01-31")).toEqual(["20260131", "20260201"]);
    expect(dtend("2028-02-29", "2028-02-29")).toEqual(["20280229", "20280301"]);
    expect(dtend("2027-02-28", "2027-02-28")).toEqual(["20270228", "20270301"]);
    expect(dtend("2025-10-28", "2025-10-29", "meeting")).toEqual(["20251028", "20251030"]);
  });

  it("marks a superseded deadline as cancelled", () => {
    expect(property(eventsCalendar([testEvent({ status: "superseded" })], OPTIONS), "STATUS")).toEqual(["STATUS:CANCELLED"]);
    expect(property(calendar, "STATUS")).toEqual([]);
  });

  it("escapes the title and the calendar name", () => {
    const text = eventsCalendar([testEvent({ title: "Review; budget, defense\\cyber" })], { ...OPTIONS, name: "A, B; C" });
    expect(lines(text)).toContain("SUMMARY:Review\\; budget\\, defense\\\\cyber");
    expect(lines(text)).toContain("X-WR-CALNAME:A\\, B\\; C");
  });

  it("is an empty but valid calendar without events", () => {
    const empty = eventsCalendar([], OPTIONS);
    expect(empty).toContain("BEGIN:VCALENDAR\r\n");
    expect(empty).not.toContain("BEGIN:VEVENT");
  });
});
