import { describe, expect, it } from "vitest";
import type { Vocabulary } from "@/lib/domain";
import { emptyFilters, type EventFilters } from "./filters";
import { checkAgainstVocabulary } from "./vocabulary-check";

const vocabulary: Vocabulary = {
  countries: [
    { code: "JP", name: "Japan", count: 10 },
    { code: "US", name: "United States", count: 9 },
  ],
  topics: [{ slug: "alliance", name: "Japan–U.S. alliance", count: 8 }],
  actors: [
    { slug: "pete-hegseth", name: "Pete Hegseth", aliases: ["Hegseth"], count: 4 },
    { slug: "us-government", name: "United States government", aliases: [], count: 1 },
  ],
};

describe("checkAgainstVocabulary", () => {
  it("keeps known values and leaves other filters untouched", () => {
    const filters: EventFilters = {
      country: ["US", "JP"],
      topic: ["alliance"],
      actor: ["us-government"],
      kind: ["deadline"],
      status: ["due"],
      q: "x",
      from: "2025",
      to: "2026",
      asOf: "2026-11-26",
    };
    const result = checkAgainstVocabulary(filters, vocabulary);
    expect(result.issues).toEqual([]);
    expect(result.filters).toEqual(filters);
  });

  it("drops unknown countries, topics and actors and reports each", () => {
    const filters: EventFilters = {
      ...emptyFilters(),
      country: ["JP", "FR", "DE"],
      topic: ["alliance", "trade"],
      actor: ["kim-jong-un", "pete-hegseth"],
    };
    const result = checkAgainstVocabulary(filters, vocabulary);
    expect(result.filters).toEqual({ ...emptyFilters(), country: ["JP"], topic: ["alliance"], actor: ["pete-hegseth"] });
    expect(result.issues).toEqual([
      { parameter: "country", value: "FR", message: 'unknown country "FR"' },
      { parameter: "country", value: "DE", message: 'unknown country "DE"' },
      { parameter: "topic", value: "trade", message: 'unknown topic "trade"' },
      { parameter: "actor", value: "kim-jong-un", message: 'unknown actor "kim-jong-un"' },
    ]);
  });

  it("matches codes and slugs, not names", () => {
    const result = checkAgainstVocabulary({ ...emptyFilters(), country: ["Japan"], actor: ["Pete Hegseth"] }, vocabulary);
    expect(result.filters.country).toEqual([]);
    expect(result.filters.actor).toEqual([]);
    expect(result.issues).toHaveLength(2);
  });

  it("does not check one list against another list's vocabulary", () => {
    const result = checkAgainstVocabulary({ ...emptyFilters(), topic: ["pete-hegseth"], actor: ["alliance"] }, vocabulary);
    expect(result.filters.topic).toEqual([]);
    expect(result.filters.actor).toEqual([]);
  });

  it("does not mutate its input", () => {
    const filters: EventFilters = { ...emptyFilters(), country: ["JP", "FR"] };
    checkAgainstVocabulary(filters, vocabulary);
    expect(filters.country).toEqual(["JP", "FR"]);
  });

  it("drops everything against an empty vocabulary", () => {
    const result = checkAgainstVocabulary({ ...emptyFilters(), country: ["JP"], topic: ["alliance"] }, { countries: [], topics: [], actors: [] });
    expect(result.filters.country).toEqual([]);
    expect(result.filters.topic).toEqual([]);
    expect(result.issues.map((i) => i.parameter)).toEqual(["country", "topic"]);
  });
});
