import type { Vocabulary } from "@/lib/domain";
import type { EventFilters, ParameterIssue } from "./filters";

/** Drops filter values that name no country, topic or actor in the database, and reports each one. */
export function checkAgainstVocabulary(filters: EventFilters, vocabulary: Vocabulary): { filters: EventFilters; issues: ParameterIssue[] } {
  const issues: ParameterIssue[] = [];
  const keep = (name: "country" | "topic" | "actor", values: string[], known: Set<string>) =>
    values.filter((value) => {
      if (known.has(value)) return true;
      issues.push({ parameter: name, value, message: `unknown ${name} "${value}"` });
      return false;
    });
  return {
    filters: {
      ...filters,
      country: keep("country", filters.country, new Set(vocabulary.countries.map((c) => c.code))),
      topic: keep("topic", filters.topic, new Set(vocabulary.topics.map((t) => t.slug))),
      actor: keep("actor", filters.actor, new Set(vocabulary.actors.map((a) => a.slug))),
    },
    issues,
  };
}
