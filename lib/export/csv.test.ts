import { describe, expect, it } from "vitest";
import { csvField, EVENT_CSV_HEADER, eventsCsv, toCsv } from "./csv";
import { parseCsv } from "./test-csv";
import { SOURCE, testEvent } from "./test-events";

describe("csvField", () => {
  it("leaves plain text alone", () => {
    expect(csvField("Japan")).toBe("Japan");
    expect(csvField(1200)).toBe("1200");
    expect(csvField("")).toBe("");
  });

  it("quotes fields with a quote, comma, CR or LF, doubling the quotes", () => {
    expect(csvField('He said "no"')).toBe('"He said ""no"""');
    expect(csvField("Koizumi, Shinjiro")).toBe('"Koizumi, Shinjiro"');
    expect(csvField("line one\nline two")).toBe('"line one\nline two"');
    expect(csvField("a\r\nb")).toBe('"a\r\nb"');
    expect(csvField("a\rb")).toBe('"a\rb"');
  });

  it.each([
    ["=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"],
    ["+1 555", "'+1 555"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tindented", "'\tindented"],
  ])("neutralises the formula %j", (value, safe) => {
    const field = csvField(value);
    expect(field.replace(/^"|"$/g, "").replace(/""/g, '"')).toBe(safe);
  });

  it("neutralises a formula and still quotes it", () => {
    expect(csvField("=1+2,3")).toBe("\"'=1+2,3\"");
    expect(csvField("\rx")).toBe("\"'\rx\"");
  });

  it("only looks at the first character", () => {
    expect(csvField("2% of GDP = target")).toBe("2% of GDP = target");
    expect(csvField("e-mail")).toBe("e-mail");
  });
});

describe("toCsv", () => {
  it("ends every record with CRLF", () => {
    expect(toCsv([["a", "b"], ["c", "d"]])).toBe("a,b\r\nc,d\r\n");
    expect(toCsv([])).toBe("");
  });

  it("round-trips awkward values through an RFC 4180 reader", () => {
    const values = ['quote "inside"', "comma, here", "new\nline", "crlf\r\nline", "plain", "トヨタ – é"];
    expect(parseCsv(toCsv([values]))).toEqual([values]);
  });
});

describe("eventsCsv", () => {
  const twoCitations = testEvent({
    citations: [
      { quote: "first, quoted", start: 1, end: 14, supports: "event", source: SOURCE },
      { quote: 'second "quote"', start: 20, end: 34, supports: "date", source: { ...SOURCE, url: "https://we2news.example/a" } },
    ],
  });

  it("has a header row and one row per citation, each with its quote", () => {
    const rows = parseCsv(eventsCsv([twoCitations, testEvent({ slug: "other" })], "https://timeline.example"));
    expect(rows[0]).toEqual([...EVENT_CSV_HEADER]);
    expect(rows).toHaveLength(4);
    const column = (name: (typeof EVENT_CSV_HEADER)[number]) => rows.slice(1).map((r) => r[EVENT_CSV_HEADER.indexOf(name)]);
    expect(column("slug")).toEqual([twoCitations.slug, twoCitations.slug, "other"]);
    expect(column("quote")).toEqual(["first, quoted", 'second "quote"', "revise three security-related documents by the end of 2026"]);
    expect(column("source_url")).toEqual(["", "https://we2news.example/a", ""]);
    expect(column("permalink")[2]).toBe("https://timeline.example/events/other");
    expect(column("date_label")).toEqual(["by end of 2026", "by end of 2026", "by end of 2026"]);
    expect(column("source_author")[0]).toBe("Stephanie Thomas");
    expect(column("source_published")[0]).toBe("2025-10-28 23:40");
    expect(rows.every((r) => r.length === EVENT_CSV_HEADER.length)).toBe(true);
  });

  it("lists countries, topics and actors in one cell each", () => {
    const event = testEvent({ countries: [{ code: "JP", name: "Japan" }, { code: "US", name: "United States" }] });
    const [, row] = parseCsv(eventsCsv([event], "https://timeline.example"));
    expect(row[EVENT_CSV_HEADER.indexOf("countries")]).toBe("JP; US");
    expect(row[EVENT_CSV_HEADER.indexOf("topics")]).toBe("Security documents");
    expect(row[EVENT_CSV_HEADER.indexOf("actors")]).toBe("Government of Japan");
  });

  it("keeps an event without citations as one row", () => {
    const rows = parseCsv(eventsCsv([testEvent({ citations: [] })], "https://timeline.example"));
    expect(rows).toHaveLength(2);
    expect(rows[1][EVENT_CSV_HEADER.indexOf("quote")]).toBe("");
  });

  it("neutralises a quote that starts like a formula", () => {
    const event = testEvent({ citations: [{ quote: "-3.5% is the U.S. hint", start: 0, end: 22, supports: "value", source: SOURCE }] });
    const [, row] = parseCsv(eventsCsv([event], "https://timeline.example"));
    expect(row[EVENT_CSV_HEADER.indexOf("quote")]).toBe("'-3.5% is the U.S. hint");
  });
});
