import { describe, expect, it } from "vitest";
import { eventsCsv } from "@/lib/export/csv";
import { testEvent } from "@/lib/export/test-events";
import { eventsFromCsv, rowPath } from "./csv";
import { importFormatOf } from "./parse";

describe("eventsFromCsv", () => {
  it("reads back what the CSV download writes, one event from its citation rows", () => {
    const event = testEvent({ title: "=SUM(A1) is not a formula here" });
    const twoCitations = { ...event, citations: [event.citations[0], { ...event.citations[0], quote: "second", start: 5, end: 11 }] };
    const { bundle, rowsOf, issues } = eventsFromCsv(eventsCsv([twoCitations], "https://timeline.example"));
    expect(issues).toEqual([]);
    expect(bundle.events).toHaveLength(1);
    const [read] = bundle.events!;
    expect(read.title).toBe(event.title);
    expect(read.summary).toBe(event.summary);
    expect(read.countries).toEqual(event.countries.map((c) => c.code));
    expect(read.citations).toHaveLength(2);
    expect(read.citations![1]).toMatchObject({ quote: "second", start: 5, end: 11, source: event.citations[0].source.slug });
    expect(rowsOf).toEqual([[2, 3]]);
  });

  it("names missing columns and malformed CSV instead of guessing", () => {
    expect(eventsFromCsv("slug,title\r\na,b\r\n").issues[0]).toMatchObject({ path: "row 1", message: expect.stringMatching(/missing column/) });
    expect(eventsFromCsv('slug,title\r\n"a,b\r\n').issues[0].path).toBe("csv");
  });
});

describe("rowPath", () => {
  it("turns bundle paths into spreadsheet rows, citations onto their own row", () => {
    const rows = [[2, 3], [4]];
    expect(rowPath("events[1].date.start", rows)).toBe("row 4: date.start");
    expect(rowPath("events[0].citations[1].quote", rows)).toBe("row 3: citation.quote");
    expect(rowPath("sources[0].text", rows)).toBe("sources[0].text");
  });
});

describe("importFormatOf", () => {
  it("takes JSON and CSV by their media types only", () => {
    expect(importFormatOf("application/json; charset=utf-8")).toBe("json");
    expect(importFormatOf("text/csv")).toBe("csv");
    expect(importFormatOf("text/plain")).toBeNull();
    expect(importFormatOf(null)).toBeNull();
  });
});
