import type { Vocabulary } from "@/lib/domain";
import { foldDiacritics } from "./fold";

/** A filter value offered while typing in the search box. */
export interface Suggestion {
  facet: "actor" | "country" | "topic";
  value: string;
  /** The value's name. */
  label: string;
  /** The other name that matched (an actor's alias, a country's code), when the name itself did not. */
  matched?: string;
  count: number;
}

const MAX_SUGGESTIONS = 8;

const fold = (text: string) => foldDiacritics(text).toLowerCase();
const words = (text: string) => fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * How well `typed` (already folded) matches a name: 0 it starts the name, 1 it starts one of its
 * words, 2 it starts a later word of a multi-word input (e.g. "secretary heg"), null no match.
 */
function rank(typed: string, typedWords: string[], name: string): number | null {
  const folded = fold(name);
  if (folded.startsWith(typed)) return 0;
  const nameWords = words(name);
  if (typedWords.length === 1 && nameWords.some((w) => w.startsWith(typed))) return 1;
  // Several typed words: each must start some word of the name.
  if (typedWords.length > 1 && typedWords.every((t) => nameWords.some((w) => w.startsWith(t)))) return 2;
  return null;
}

/**
 * Actors (by name or any alias), countries (by name or code) and topics whose names start with what
 * was typed, or have a word that does, diacritics and case aside: best match first, then the values
 * with more events.
 */
export function suggestFilters(typed: string, vocabulary: Vocabulary, limit = MAX_SUGGESTIONS): Suggestion[] {
  const query = fold(typed.trim());
  const queryWords = words(typed);
  if (!query || !queryWords.length) return [];
  const found: { suggestion: Suggestion; score: number }[] = [];
  const consider = (facet: Suggestion["facet"], value: string, label: string, count: number, others: string[]) => {
    const own = rank(query, queryWords, label);
    if (own !== null) return found.push({ suggestion: { facet, value, label, count }, score: own });
    let best: { name: string; score: number } | null = null;
    for (const name of others) {
      const score = rank(query, queryWords, name);
      if (score !== null && (!best || score < best.score)) best = { name, score };
    }
    // An alias match ranks just behind a name match of the same quality.
    if (best) found.push({ suggestion: { facet, value, label, count, matched: best.name }, score: best.score + 0.5 });
  };
  for (const actor of vocabulary.actors) consider("actor", actor.slug, actor.name, actor.count, actor.aliases);
  for (const country of vocabulary.countries) consider("country", country.code, country.name, country.count, [country.code]);
  for (const topic of vocabulary.topics) consider("topic", topic.slug, topic.name, topic.count, []);
  return found
    .sort((a, b) => a.score - b.score || b.suggestion.count - a.suggestion.count || a.suggestion.label.localeCompare(b.suggestion.label))
    .slice(0, limit)
    .map((f) => f.suggestion);
}

/** Whether a name (or code) contains what was typed in a facet's own search box, diacritics and case aside. */
export function nameMatches(typed: string, ...names: string[]): boolean {
  const query = fold(typed.trim());
  return !query || names.some((name) => fold(name).includes(query));
}
