import { describe, expect, it } from "vitest";
import type { Vocabulary } from "@/lib/domain";
import { nameMatches, suggestFilters } from "./suggest";

const vocabulary: Vocabulary = {
  countries: [
    { code: "JP", name: "Japan", count: 12 },
    { code: "US", name: "United States", count: 9 },
    { code: "GB", name: "United Kingdom", count: 2 },
    { code: "TR", name: "Türkiye", count: 1 },
  ],
  topics: [
    { slug: "defense-spending", name: "Defense spending", count: 7 },
    { slug: "japan-us-alliance", name: "Japan–U.S. alliance", count: 8 },
  ],
  actors: [
    { slug: "pete-hegseth", name: "Pete Hegseth", aliases: ["Hegseth", "Secretary of War Hegseth"], count: 4 },
    { slug: "shinjiro-koizumi", name: "Shinjiro Koizumi", aliases: ["Koizumi", "小泉進次郎"], count: 6 },
    { slug: "sanae-takaichi", name: "Sanae Takaichi", aliases: ["Takaichi"], count: 3 },
  ],
};

const values = (typed: string) => suggestFilters(typed, vocabulary).map((s) => `${s.facet}:${s.value}`);

describe("suggestFilters", () => {
  it("offers actors by a word of their name, before values that merely contain it", () => {
    expect(values("koiz")).toEqual(["actor:shinjiro-koizumi"]);
    expect(values("Hegs")).toEqual(["actor:pete-hegseth"]);
  });

  it("finds an actor by an alias in another script and says which alias matched", () => {
    const [hit] = suggestFilters("小泉", vocabulary);
    expect(hit).toEqual({ facet: "actor", value: "shinjiro-koizumi", label: "Shinjiro Koizumi", matched: "小泉進次郎", count: 6 });
  });

  it("matches several typed words against the words of one name or alias", () => {
    expect(values("secretary heg")).toEqual(["actor:pete-hegseth"]);
    expect(values("united k")).toEqual(["country:GB"]);
  });

  it("puts a name that starts with the text first, then word matches, more events first among equals", () => {
    expect(values("japan")).toEqual(["country:JP", "topic:japan-us-alliance"]);
    expect(values("united")).toEqual(["country:US", "country:GB"]);
    expect(values("s")[0]).toBe("actor:shinjiro-koizumi");
  });

  it("offers countries by their code and ignores diacritics and case", () => {
    expect(suggestFilters("us", vocabulary)[0]).toMatchObject({ facet: "country", value: "US" });
    expect(values("turk")).toEqual(["country:TR"]);
    expect(values("TÜRK")).toEqual(["country:TR"]);
  });

  it("offers nothing for blank or punctuation-only text, and at most the limit", () => {
    expect(values("   ")).toEqual([]);
    expect(values("–")).toEqual([]);
    expect(suggestFilters("s", vocabulary, 2)).toHaveLength(2);
  });
});

describe("nameMatches", () => {
  it("keeps every name for an empty box and matches any part of a name or code, diacritics aside", () => {
    expect(nameMatches("", "Japan")).toBe(true);
    expect(nameMatches("kingd", "United Kingdom", "GB")).toBe(true);
    expect(nameMatches("gb", "United Kingdom", "GB")).toBe(true);
    expect(nameMatches("turkiye", "Türkiye")).toBe(true);
    expect(nameMatches("france", "Japan", "JP")).toBe(false);
  });
});
