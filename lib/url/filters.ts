import { isCalendarDate } from "@/lib/dates/calendar-date";
import { parsePartialDate } from "@/lib/dates/partial-date";
import { sortFacetValues, type Facet } from "./facets";
import { COUNTRY_CODE, EVENT_KINDS, EVENT_STATUSES, SLUG, type EventKind, type EventStatus } from "@/lib/validation/vocabulary";

/** The filters shared by `/` and `/api/events` (ARCHITECTURE.md §5). */
export interface EventFilters {
  country: string[];
  topic: string[];
  actor: string[];
  kind: EventKind[];
  status: EventStatus[];
  q?: string;
  /** As written in the URL ("2025", "2025-10" or "2025-10-29"). */
  from?: string;
  to?: string;
  asOf?: string;
}

export interface ParameterIssue {
  parameter: string;
  value: string;
  message: string;
}

export const FILTER_PARAMETERS = ["country", "topic", "actor", "kind", "status", "q", "from", "to", "asOf"] as const;

export function emptyFilters(): EventFilters {
  return { country: [], topic: [], actor: [], kind: [], status: [] };
}

/** Every value of a repeatable parameter, whether repeated (?a=x&a=y) or comma-listed (?a=x,y). */
function listValues(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
}

function parseList<T extends string>(
  params: URLSearchParams,
  name: Facet,
  normalise: (v: string) => string,
  isValid: (v: string) => boolean,
  describe: string,
  issues: ParameterIssue[],
): T[] {
  const out: T[] = [];
  for (const raw of listValues(params, name)) {
    const value = normalise(raw);
    if (!isValid(value)) issues.push({ parameter: name, value: raw, message: `${name} must be ${describe}` });
    else if (!out.includes(value as T)) out.push(value as T);
  }
  // In one order, so JP,US and US,JP are one view with one link (and one cache entry).
  return sortFacetValues(name, out);
}

function parseSingle(params: URLSearchParams, name: string, issues: ParameterIssue[]): string | undefined {
  const values = params.getAll(name).map((v) => v.trim()).filter((v) => v !== "");
  if (values.length > 1) issues.push({ parameter: name, value: values.join(","), message: `${name} may be given only once` });
  return values[0];
}

/**
 * Reads the filter parameters of a URL. Invalid values are left out of the result and reported, so a
 * page can fall back to defaults and say why, and the API can refuse the request.
 */
export function parseFilters(params: URLSearchParams): { filters: EventFilters; issues: ParameterIssue[] } {
  const issues: ParameterIssue[] = [];
  const filters: EventFilters = {
    country: parseList(params, "country", (v) => v.toUpperCase(), (v) => COUNTRY_CODE.test(v), "ISO 3166-1 alpha-2 codes such as JP", issues),
    topic: parseList(params, "topic", (v) => v.toLowerCase(), (v) => SLUG.test(v), "topic slugs such as defense-spending", issues),
    actor: parseList(params, "actor", (v) => v.toLowerCase(), (v) => SLUG.test(v), "actor slugs such as shinjiro-koizumi", issues),
    kind: parseList(params, "kind", (v) => v.toLowerCase(), (v) => (EVENT_KINDS as readonly string[]).includes(v), `one of ${EVENT_KINDS.join(", ")}`, issues),
    status: parseList(params, "status", (v) => v.toLowerCase(), (v) => (EVENT_STATUSES as readonly string[]).includes(v), `one of ${EVENT_STATUSES.join(", ")}`, issues),
  };

  const q = parseSingle(params, "q", issues);
  if (q !== undefined) {
    if (q.length > 200) issues.push({ parameter: "q", value: `${q.slice(0, 20)}…`, message: "q must be at most 200 characters" });
    else filters.q = q;
  }

  for (const name of ["from", "to"] as const) {
    const value = parseSingle(params, name, issues);
    if (value === undefined) continue;
    if (parsePartialDate(value)) filters[name] = value;
    else issues.push({ parameter: name, value, message: `${name} must be a date written YYYY, YYYY-MM or YYYY-MM-DD` });
  }
  if (filters.from && filters.to && parsePartialDate(filters.from)!.start > parsePartialDate(filters.to)!.end) {
    issues.push({ parameter: "to", value: filters.to, message: `to (${filters.to}) is before from (${filters.from})` });
    delete filters.to;
  }

  const asOf = parseSingle(params, "asOf", issues);
  if (asOf !== undefined) {
    if (isCalendarDate(asOf)) filters.asOf = asOf;
    else issues.push({ parameter: "asOf", value: asOf, message: "asOf must be a date written YYYY-MM-DD" });
  }
  return { filters, issues };
}

/** The canonical query string of a filter state; parseFilters(serializeFilters(f)) gives f back. */
export function serializeFilters(filters: EventFilters, params = new URLSearchParams()): URLSearchParams {
  for (const name of ["country", "topic", "actor", "kind", "status"] as const) {
    if (filters[name].length > 0) params.set(name, filters[name].join(","));
  }
  for (const name of ["q", "from", "to", "asOf"] as const) {
    const value = filters[name];
    if (value !== undefined) params.set(name, value);
  }
  return params;
}

/** The day interval the from/to filters select, with either end open. */
export function filterRange(filters: EventFilters): { start?: string; end?: string } {
  return {
    start: filters.from ? parsePartialDate(filters.from)?.start : undefined,
    end: filters.to ? parsePartialDate(filters.to)?.end : undefined,
  };
}

export function unknownParameters(params: URLSearchParams, allowed: readonly string[]): ParameterIssue[] {
  return [...new Set(params.keys())]
    .filter((name) => !allowed.includes(name))
    .map((name) => ({ parameter: name, value: params.get(name) ?? "", message: `unknown parameter "${name}"` }));
}
