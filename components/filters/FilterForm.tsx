"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import type { Vocabulary } from "@/lib/domain";
import type { Suggestion } from "@/lib/search/suggest";
import { toggleFacetValue, type Facet, type FacetCounts } from "@/lib/url/facets";
import { emptyFilters, type EventFilters } from "@/lib/url/filters";
import { pageHref, type PageState } from "@/lib/url/page-state";
import { EVENT_KINDS, EVENT_STATUSES, kindLabel } from "@/lib/validation/vocabulary";
import { FacetMenu, type FacetOption } from "./FacetMenu";
import { FilterChips } from "./FilterChips";
import { SearchBox } from "./SearchBox";

/** Settings of the view that a filter change keeps. */
export type KeptSettings = Pick<PageState, "view" | "lanes" | "embed">;

const FACET_LABELS: Record<Facet, string> = { country: "Countries", topic: "Topics", actor: "Actors", kind: "Kinds", status: "Statuses" };

/** Each facet's choices, named, with how many events each would select (`counted`: the vocabulary with the current counts). */
function facetOptions(counted: Vocabulary, counts: FacetCounts): Record<Facet, FacetOption[]> {
  return {
    country: counted.countries.map((c) => ({ value: c.code, label: c.name, alias: c.code, count: c.count })),
    topic: counted.topics.map((t) => ({ value: t.slug, label: t.name, count: t.count })),
    actor: counted.actors.map((a) => ({ value: a.slug, label: a.name, alias: a.aliases.join(" "), count: a.count })),
    kind: EVENT_KINDS.map((k) => ({ value: k, label: kindLabel(k), count: counts.kind[k] ?? 0 })),
    status: EVENT_STATUSES.map((s) => ({ value: s, label: s, count: counts.status[s] ?? 0 })),
  };
}

/** The vocabulary with the counts of the current filters (and asOf), for the suggestions to show and rank by. */
function countedVocabulary(vocabulary: Vocabulary, counts: FacetCounts): Vocabulary {
  return {
    countries: vocabulary.countries.map((c) => ({ ...c, count: counts.country[c.code] ?? 0 })),
    topics: vocabulary.topics.map((t) => ({ ...t, count: counts.topic[t.slug] ?? 0 })),
    actors: vocabulary.actors.map((a) => ({ ...a, count: counts.actor[a.slug] ?? 0 })),
  };
}

const text = (data: FormData, name: string) => {
  const value = data.get(name);
  return typeof value === "string" && value.trim() ? value.trim() : undefined;
};

/**
 * The filters. Without JavaScript, a GET form that reloads the page (which then redirects to the
 * canonical address); with it, every tick applies at once and each change is one history entry at the
 * canonical address, so Back and Forward step through them. Words, dates and suggestions apply on Enter.
 * On narrow screens the form folds into a drawer; the chips of active filters stay in view.
 */
export function FilterForm({ filters, vocabulary, counts, kept }: { filters: EventFilters; vocabulary: Vocabulary; counts: FacetCounts; kept: KeptSettings }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [open, setOpen] = useState(false);
  // What the form shows: the page's filters, or the change on its way to becoming them.
  const [shown, setShown] = useState(filters);
  const [given, setGiven] = useState(filters);
  if (given !== filters) {
    setGiven(filters);
    setShown(filters);
  }
  const go = (next: EventFilters) => {
    setShown(next);
    startTransition(() => router.push(pageHref({ ...kept, filters: next }), { scroll: false }));
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    // Dates go as typed: the page reports a malformed one rather than dropping it silently.
    go({ ...shown, q: text(data, "q"), from: text(data, "from"), to: text(data, "to") });
  };
  const pickSuggestion = (s: Suggestion) => go({ ...(shown[s.facet].includes(s.value) ? shown : toggleFacetValue(shown, s.facet, s.value)), q: undefined });

  const counted = countedVocabulary(vocabulary, counts);
  const options = facetOptions(counted, counts);
  const active = chipCount(shown);
  return (
    <div className={`filters-drawer${open ? " open" : ""}`}>
      <button type="button" className="button secondary drawer-toggle" aria-expanded={open} aria-controls="filter-form" onClick={() => setOpen(!open)}>
        Filters{active ? ` (${active} active)` : ""}
      </button>
      <form id="filter-form" className="filters" action="/" method="get" aria-label="Filter events" aria-busy={pending} onSubmit={onSubmit}>
        <SearchBox key={filters.q ?? ""} initial={filters.q ?? ""} vocabulary={counted} onPick={pickSuggestion} />
        <div className="facet-row">
          {(Object.keys(FACET_LABELS) as Facet[]).map((facet) => (
            <FacetMenu key={facet} facet={facet} label={FACET_LABELS[facet]} options={options[facet]} selected={shown[facet]} onToggle={(value) => go(toggleFacetValue(shown, facet, value))} />
          ))}
        </div>
        <label>
          From
          <input key={filters.from ?? ""} name="from" defaultValue={filters.from ?? ""} placeholder="YYYY[-MM[-DD]]" size={11} />
        </label>
        <label>
          To
          <input key={filters.to ?? ""} name="to" defaultValue={filters.to ?? ""} placeholder="YYYY[-MM[-DD]]" size={11} />
        </label>
        {filters.asOf && <input type="hidden" name="asOf" value={filters.asOf} />}
        {kept.view !== "timeline" && <input type="hidden" name="view" value={kept.view} />}
        {kept.lanes !== "country" && <input type="hidden" name="lanes" value={kept.lanes} />}
        {kept.embed && <input type="hidden" name="embed" value="1" />}
        <div className="actions">
          <button className="button" type="submit">
            Apply
          </button>
          {pending && (
            <span className="small muted" role="status">
              Updating…
            </span>
          )}
        </div>
      </form>
      <FilterChips
        filters={shown}
        vocabulary={vocabulary}
        hrefFor={(next) => pageHref({ ...kept, filters: next })}
        clearAll={pageHref({ ...kept, filters: emptyFilters() })}
        onRemove={(next) => setShown(next)}
      />
    </div>
  );
}

function chipCount(filters: EventFilters): number {
  return filters.country.length + filters.topic.length + filters.actor.length + filters.kind.length + filters.status.length + (filters.q ? 1 : 0) + (filters.from ? 1 : 0) + (filters.to ? 1 : 0) + (filters.asOf ? 1 : 0);
}
