import { describe, expect, it } from "vitest";
import { fts5Expression, searchWords, snippetParts, tsqueryExpression } from "./query";

describe("searchWords", () => {
  it("takes the words, lower-cased, whatever the punctuation", () => {
    expect(searchWords('  Defense-spending, "2%" of GDP!  ')).toEqual(["defense", "spending", "2", "of", "gdp"]);
  });
  it("keeps letters of any script and their diacritics, once each", () => {
    expect(searchWords("Hergész hergész 防衛")).toEqual(["hergész", "防衛"]);
  });
  it("has no words in punctuation alone", () => {
    expect(searchWords("!!! -- **")).toEqual([]);
  });
  it("bounds the number and length of words", () => {
    expect(searchWords(Array.from({ length: 40 }, (_, i) => `w${i}`).join(" "))).toHaveLength(12);
    expect(searchWords("a".repeat(500))[0]).toHaveLength(64);
  });
});

describe("engine expressions", () => {
  it("quotes every word as an FTS5 prefix term", () => {
    expect(fts5Expression(["koiz", "spend"])).toBe('"koiz"* "spend"*');
  });
  it("AND-s prefix lexemes for to_tsquery", () => {
    expect(tsqueryExpression(["koiz", "spend"])).toBe("koiz:* & spend:*");
  });
});

describe("snippetParts", () => {
  it("cuts a marked snippet into plain and matched parts", () => {
    expect(snippetParts("raise \u0002spending\u0003 to \u00022\u0003% of GDP")).toEqual([
      { text: "raise " },
      { text: "spending", match: true },
      { text: " to " },
      { text: "2", match: true },
      { text: "% of GDP" },
    ]);
  });
  it("survives an unclosed or stray mark and folds whitespace", () => {
    expect(snippetParts("a\n\n\u0003b \u0002c")).toEqual([{ text: "a b " }, { text: "c", match: true }]);
  });
  it("keeps markup as text", () => {
    expect(snippetParts("<b>x</b> \u0002y\u0003")).toEqual([{ text: "<b>x</b> " }, { text: "y", match: true }]);
  });
});
