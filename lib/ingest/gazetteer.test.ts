import { describe, expect, it } from "vitest";
import { findCountries } from "./gazetteer";

describe("findCountries", () => {
  it("finds countries by name, short form and demonym, case-sensitively", () => {
    const text = "Japanese and U.S. officials, the US and us, American and Chinese views, North Korean tests, the United Kingdom.";
    expect(findCountries(text).map((c) => [c.text, c.code])).toEqual([
      ["Japanese", "JP"],
      ["U.S.", "US"],
      ["US", "US"],
      ["American", "US"],
      ["Chinese", "CN"],
      ["North Korean", "KP"],
      ["United Kingdom", "GB"],
    ]);
  });

  it("prefers the longest name and reads both sides of a hyphenated pair", () => {
    expect(findCountries("Japan-U.S. ties and South Korea").map((c) => c.code)).toEqual(["JP", "US", "KR"]);
  });
});
