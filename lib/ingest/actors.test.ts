import { describe, expect, it } from "vitest";
import { ActorMatcher } from "./actors";

const stored = [
  { slug: "pete-hegseth", name: "Pete Hegseth", kind: "person", aliases: ["Hegseth"] },
  { slug: "shinjiro-koizumi", name: "Shinjiro Koizumi", kind: "person", aliases: ["Koizumi"] },
  { slug: "government-of-japan", name: "Government of Japan", kind: "government", aliases: ["Takaichi administration"] },
];
const matcher = new ActorMatcher(stored, new Set(["Japanese"]));

describe("ActorMatcher", () => {
  it("matches stored names and aliases exactly, diacritics aside", () => {
    expect(matcher.match("Koizumi met the Takaichi administration.")).toEqual([
      { name: "Shinjiro Koizumi", slug: "shinjiro-koizumi" },
      { name: "Government of Japan", slug: "government-of-japan" },
    ]);
    expect(matcher.match("Kóizumi spoke.")[0]).toEqual({ name: "Shinjiro Koizumi", slug: "shinjiro-koizumi" });
  });

  it('reads "Hergses" and "Hergész" as misspellings of Pete Hegseth, and says so', () => {
    for (const spelling of ["Hergses", "Hergész"]) {
      const [match] = matcher.match(`U.S. Defense Secretary ${spelling} said so.`);
      expect(match).toMatchObject({ name: "Pete Hegseth", slug: "pete-hegseth" });
      expect(match.reason).toMatch(new RegExp(`"${spelling}" read as a spelling of Pete Hegseth \\(similarity 0\\.\\d\\d\\)`));
    }
  });

  it("does not stretch a surname to an unrelated one, nor a demonym to a name", () => {
    expect(matcher.match("Hagel and the Japanese side met.")).toEqual([]);
  });

  it("proposes titled people and named bodies that are not stored as new actors", () => {
    expect(matcher.match("Environment Minister Haruto Sato asked the Congressional Budget Office.")).toEqual([
      { name: "Haruto Sato", reason: '"Haruto Sato" is not a stored actor: proposed as a new one' },
      { name: "Congressional Budget Office", reason: '"Congressional Budget Office" is not a stored actor: proposed as a new one' },
    ]);
  });
});
