"use client";

import Link from "next/link";
import type { Vocabulary } from "@/lib/domain";
import { FACETS, toggleFacetValue, type Facet } from "@/lib/url/facets";
import type { EventFilters } from "@/lib/url/filters";
import { kindLabel, type EventKind } from "@/lib/validation/vocabulary";

interface Chip {
  key: string;
  label: string;
  without: EventFilters;
}

const FACET_NAMES: Record<Facet, string> = { country: "Country", topic: "Topic", actor: "Actor", kind: "Kind", status: "Status" };

/** Each active filter as a chip that removes it, and "Clear all": plain links, so they work without JavaScript too. */
export function FilterChips({
  filters,
  vocabulary,
  hrefFor,
  clearAll,
  onRemove,
}: {
  filters: EventFilters;
  vocabulary: Vocabulary;
  hrefFor: (filters: EventFilters) => string;
  clearAll: string;
  onRemove: (filters: EventFilters) => void;
}) {
  const chips = activeChips(filters, vocabulary);
  if (!chips.length) return null;
  return (
    <div className="filter-chips" data-testid="filter-chips">
      <ul className="chips" aria-label="Active filters">
        {chips.map((chip) => (
          <li key={chip.key}>
            <Link className="chip removable" href={hrefFor(chip.without)} scroll={false} aria-label={`Remove ${chip.label}`} data-testid="filter-chip" onClick={() => onRemove(chip.without)}>
              {chip.label}
              <span aria-hidden="true"> ×</span>
            </Link>
          </li>
        ))}
      </ul>
      <Link className="small" href={clearAll} scroll={false} data-testid="clear-filters">
        Clear all
      </Link>
    </div>
  );
}

function activeChips(filters: EventFilters, vocabulary: Vocabulary): Chip[] {
  const names: Record<Facet, Map<string, string>> = {
    country: new Map(vocabulary.countries.map((c) => [c.code, c.name])),
    topic: new Map(vocabulary.topics.map((t) => [t.slug, t.name])),
    actor: new Map(vocabulary.actors.map((a) => [a.slug, a.name])),
    kind: new Map(),
    status: new Map(),
  };
  const chips: Chip[] = FACETS.flatMap((facet) =>
    filters[facet].map((value) => ({
      key: `${facet}:${value}`,
      label: `${FACET_NAMES[facet]}: ${names[facet].get(value) ?? (facet === "kind" ? kindLabel(value as EventKind) : value)}`,
      without: toggleFacetValue(filters, facet, value),
    })),
  );
  if (filters.q) chips.push({ key: "q", label: `Words: “${filters.q}”`, without: { ...filters, q: undefined } });
  if (filters.from) chips.push({ key: "from", label: `From ${filters.from}`, without: { ...filters, from: undefined } });
  if (filters.to) chips.push({ key: "to", label: `To ${filters.to}`, without: { ...filters, to: undefined } });
  if (filters.asOf) chips.push({ key: "asOf", label: `As known on ${filters.asOf}`, without: { ...filters, asOf: undefined } });
  return chips;
}
