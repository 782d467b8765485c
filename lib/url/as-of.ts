import type { CalendarDate } from "@/lib/dates/calendar-date";
import { parseFilters, unknownParameters, type ParameterIssue } from "@/lib/url/filters";

export const AS_OF_PARAMETERS = ["asOf"] as const;

/** The query of pages that take only `asOf` (targets, event permalinks), checked exactly as the event filters check it. */
export function parseAsOfParams(params: URLSearchParams): { asOf: CalendarDate | null; issues: ParameterIssue[] } {
  const asOfOnly = new URLSearchParams(params.getAll("asOf").map((value) => ["asOf", value]));
  const parsed = parseFilters(asOfOnly);
  return { asOf: parsed.filters.asOf ?? null, issues: [...unknownParameters(params, AS_OF_PARAMETERS), ...parsed.issues] };
}

export function targetHref(slug: string, asOf: CalendarDate | null = null): string {
  return asOf ? `/targets/${slug}?asOf=${asOf}` : `/targets/${slug}`;
}
