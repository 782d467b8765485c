import countries from "i18n-iso-countries";
import english from "i18n-iso-countries/langs/en.json";
import { DEMONYMS } from "./demonyms";

countries.registerLocale(english);

export interface CountryMention {
  code: string;
  index: number;
  text: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Every way a country is named: its names and alternates in English, demonyms, capitals used as metonyms. */
function buildGazetteer(): { pattern: RegExp; codes: Map<string, string> } {
  const codes = new Map<string, string>();
  const names = countries.getNames("en", { select: "all" }) as Record<string, string[]>;
  for (const [code, list] of Object.entries(names)) for (const name of list) if (!name.includes(",")) codes.set(name, code);
  for (const [code, list] of Object.entries(DEMONYMS)) for (const word of list) codes.set(word, code);
  // Longest first, so "North Korea" wins over "Korea" and "United States of America" over "United States".
  const alternatives = [...codes.keys()].sort((a, b) => b.length - a.length).map(escape);
  return { pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}]|\\.[\\p{L}])`, "gu"), codes };
}

const gazetteer = buildGazetteer();

/** Countries named in a text, in order of appearance (case-sensitive: "US" is a country, "us" is not). */
export function findCountries(text: string): CountryMention[] {
  const found: CountryMention[] = [];
  for (const match of text.matchAll(gazetteer.pattern)) {
    // "Georgia" the U.S. state and "Jordan" the name are rare in policy news; a demonym that begins a
    // proper noun ("Chinese Taipei") still names its country.
    found.push({ code: gazetteer.codes.get(match[0])!, index: match.index, text: match[0] });
  }
  return found;
}

/** The English name of a country code. */
export function countryName(code: string): string | undefined {
  return countries.getName(code, "en") ?? undefined;
}
