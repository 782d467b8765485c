import { EVENT_KINDS, EVENT_STATUSES } from "@/lib/validation/vocabulary";
import type { EventFilters } from "./filters";

/** The filters that take several values, each shown as a list of choices with counts. */
export const FACETS = ["country", "topic", "actor", "kind", "status"] as const;
export type Facet = (typeof FACETS)[number];

/** For each facet, how many events each of its values would select with every other filter kept. */
export type FacetCounts = Record<Facet, Record<string, number>>;

/**
 * The filters a facet's counts are taken under: all but its own, so that choosing Japan still shows
 * how many events the U.S. would add (Japan OR the U.S.), while topics count within Japan's events.
 */
export function withoutFacet(filters: EventFilters, facet: Facet): EventFilters {
  return { ...filters, [facet]: [] };
}

/** The filters with `value` added to or taken from `facet`, values in one order so a view has one link. */
export function toggleFacetValue(filters: EventFilters, facet: Facet, value: string): EventFilters {
  const values: string[] = filters[facet];
  const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
  return { ...filters, [facet]: sortFacetValues(facet, next) };
}

/** Kinds and statuses in their vocabulary's order, other facets alphabetically. */
export function sortFacetValues<T extends string>(facet: Facet, values: T[]): T[] {
  const order: readonly string[] | undefined = facet === "kind" ? EVENT_KINDS : facet === "status" ? EVENT_STATUSES : undefined;
  return [...values].sort(order ? (a, b) => order.indexOf(a) - order.indexOf(b) : (a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
