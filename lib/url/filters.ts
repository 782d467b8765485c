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

const Q_MAX_LENGTH = 200;

/** What one value of a parameter must be, as a JSON Schema the OpenAPI document publishes as is. */
export interface ValueSchema {
  type: "string";
  pattern?: string;
  enum?: readonly string[];
  maxLength?: number;
}

interface FilterParameterSpec {
  /** Repeatable (?a=x&a=y) or comma-listed (?a=x,y). */
  list: boolean;
  value: ValueSchema;
  /** What the schema cannot say: a real calendar day. */
  check?: (value: string) => boolean;
  must: string;
  selects: string;
  example: string;
}

const PARTIAL_DATE: ValueSchema = { type: "string", pattern: "^\\d{4}(?:-\\d{2}(?:-\\d{2})?)?$" };
const isPartialDate = (v: string) => parsePartialDate(v) !== null;

/**
 * Each filter parameter, read by the parser below and published by the OpenAPI document (lib/openapi),
 * so the two cannot disagree: what one value must be, whether it may repeat, and what it selects.
 * Plain data rather than zod: the interactive timeline parses filters in the browser.
 */
export const FILTER_PARAMETER_SPECS = {
  country: { list: true, value: { type: "string", pattern: COUNTRY_CODE.source }, must: "ISO 3166-1 alpha-2 codes such as JP", selects: "Events concerning any of these countries.", example: "JP" },
  topic: { list: true, value: { type: "string", pattern: SLUG.source }, must: "topic slugs such as defense-spending", selects: "Events on any of these topics.", example: "defense-spending" },
  actor: { list: true, value: { type: "string", pattern: SLUG.source }, must: "actor slugs such as shinjiro-koizumi", selects: "Events naming any of these actors (aliases count as the actor).", example: "shinjiro-koizumi" },
  kind: { list: true, value: { type: "string", enum: EVENT_KINDS }, must: `one of ${EVENT_KINDS.join(", ")}`, selects: "Events of any of these kinds.", example: "meeting" },
  status: { list: true, value: { type: "string", enum: EVENT_STATUSES }, must: `one of ${EVENT_STATUSES.join(", ")}`, selects: "Events with any of these statuses.", example: "due" },
  q: { list: false, value: { type: "string", maxLength: Q_MAX_LENGTH }, must: `at most ${Q_MAX_LENGTH} characters`, selects: "Text search over titles, summaries, quotes, places and actors (aliases included); best match first.", example: "Koizumi" },
  from: { list: false, value: PARTIAL_DATE, check: isPartialDate, must: "a date written YYYY, YYYY-MM or YYYY-MM-DD", selects: "Events whose interval ends on or after the start of this year, month or day.", example: "2025" },
  to: { list: false, value: PARTIAL_DATE, check: isPartialDate, must: "a date written YYYY, YYYY-MM or YYYY-MM-DD", selects: "Events whose interval starts on or before the end of this year, month or day.", example: "2026-03" },
  asOf: { list: false, value: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" }, check: isCalendarDate, must: "a date written YYYY-MM-DD", selects: "Only what was known by this day.", example: "2025-10-30" },
} as const satisfies Record<string, FilterParameterSpec>;

export type FilterParameter = keyof typeof FILTER_PARAMETER_SPECS;
export const FILTER_PARAMETERS = Object.keys(FILTER_PARAMETER_SPECS) as FilterParameter[];

function accepts(name: FilterParameter, value: string): boolean {
  const spec: FilterParameterSpec = FILTER_PARAMETER_SPECS[name];
  const { pattern, enum: allowed, maxLength } = spec.value;
  if (pattern !== undefined && !new RegExp(pattern).test(value)) return false;
  if (allowed !== undefined && !allowed.includes(value)) return false;
  if (maxLength !== undefined && value.length > maxLength) return false;
  return spec.check?.(value) ?? true;
}

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

function parseList<T extends string>(params: URLSearchParams, name: Facet, normalise: (v: string) => string, issues: ParameterIssue[]): T[] {
  const spec = FILTER_PARAMETER_SPECS[name];
  const out: T[] = [];
  for (const raw of listValues(params, name)) {
    const value = normalise(raw);
    if (!accepts(name, value)) issues.push({ parameter: name, value: raw, message: `${name} must be ${spec.must}` });
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
    country: parseList(params, "country", (v) => v.toUpperCase(), issues),
    topic: parseList(params, "topic", (v) => v.toLowerCase(), issues),
    actor: parseList(params, "actor", (v) => v.toLowerCase(), issues),
    kind: parseList(params, "kind", (v) => v.toLowerCase(), issues),
    status: parseList(params, "status", (v) => v.toLowerCase(), issues),
  };

  const q = parseSingle(params, "q", issues);
  if (q !== undefined) {
    if (!accepts("q", q)) issues.push({ parameter: "q", value: `${q.slice(0, 20)}…`, message: `q must be ${FILTER_PARAMETER_SPECS.q.must}` });
    else filters.q = q;
  }

  for (const name of ["from", "to"] as const) {
    const value = parseSingle(params, name, issues);
    if (value === undefined) continue;
    if (accepts(name, value)) filters[name] = value;
    else issues.push({ parameter: name, value, message: `${name} must be ${FILTER_PARAMETER_SPECS[name].must}` });
  }
  if (filters.from && filters.to && parsePartialDate(filters.from)!.start > parsePartialDate(filters.to)!.end) {
    issues.push({ parameter: "to", value: filters.to, message: `to (${filters.to}) is before from (${filters.from})` });
    delete filters.to;
  }

  const asOf = parseSingle(params, "asOf", issues);
  if (asOf !== undefined) {
    if (accepts("asOf", asOf)) filters.asOf = asOf;
    else issues.push({ parameter: "asOf", value: asOf, message: `asOf must be ${FILTER_PARAMETER_SPECS.asOf.must}` });
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
