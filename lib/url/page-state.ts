import type { Window } from "@/lib/timeline/controller";
import { SLUG } from "@/lib/validation/vocabulary";
import { FILTER_PARAMETERS, parseFilters, serializeFilters, unknownParameters, type EventFilters, type ParameterIssue } from "./filters";
import { parsePaging } from "./page-cursor";
import { parseWindow, serializeWindow } from "./window";

export const VIEWS = ["timeline", "list"] as const;
export const LANE_MODES = ["country", "topic"] as const;

/** Everything the home page keeps in its URL: the filters plus how they are shown. */
export interface PageState {
  filters: EventFilters;
  event?: string;
  /** The visible span; absent means "fit all events". */
  window?: Window;
  view: (typeof VIEWS)[number];
  lanes: (typeof LANE_MODES)[number];
  embed: boolean;
  /** The list view's page: its size and where it starts (absent: the first 500). */
  limit?: number;
  cursor?: string;
}

const PAGE_PARAMETERS = [...FILTER_PARAMETERS, "event", "window", "view", "lanes", "embed", "limit", "cursor"];

export function parsePageState(params: URLSearchParams): { state: PageState; issues: ParameterIssue[] } {
  const { filters, issues } = parseFilters(params);
  issues.push(...unknownParameters(params, PAGE_PARAMETERS));
  const state: PageState = { filters, view: "timeline", lanes: "country", embed: false };

  const event = params.get("event");
  if (event !== null) {
    if (SLUG.test(event)) state.event = event;
    else issues.push({ parameter: "event", value: event, message: "event must be an event's slug" });
  }
  const window = params.get("window");
  if (window !== null) {
    const parsed = parseWindow(window);
    if (parsed) state.window = parsed;
    else issues.push({ parameter: "window", value: window, message: "window must be two dates written YYYY-MM-DD..YYYY-MM-DD, the first before the second" });
  }
  const pick = <T extends string>(name: string, options: readonly T[], fallback: T): T => {
    const value = params.get(name);
    if (value === null) return fallback;
    if ((options as readonly string[]).includes(value)) return value as T;
    issues.push({ parameter: name, value, message: `${name} must be one of ${options.join(", ")}` });
    return fallback;
  };
  state.view = pick("view", VIEWS, "timeline");
  state.lanes = pick("lanes", LANE_MODES, "country");
  const embed = params.get("embed");
  if (embed !== null) {
    if (embed === "1" || embed === "0") state.embed = embed === "1";
    else issues.push({ parameter: "embed", value: embed, message: "embed must be 1 or 0" });
  }
  const paging = parsePaging(params);
  issues.push(...paging.issues);
  if (params.get("limit") !== null && !paging.issues.some((i) => i.parameter === "limit")) state.limit = paging.limit;
  if (paging.cursor) state.cursor = params.get("cursor")!;
  return { state, issues };
}

export function serializePageState(state: PageState): URLSearchParams {
  const params = serializeFilters(state.filters);
  if (state.event) params.set("event", state.event);
  if (state.window) params.set("window", serializeWindow(state.window));
  if (state.view !== "timeline") params.set("view", state.view);
  if (state.lanes !== "country") params.set("lanes", state.lanes);
  if (state.embed) params.set("embed", "1");
  if (state.limit !== undefined) params.set("limit", String(state.limit));
  if (state.cursor) params.set("cursor", state.cursor);
  return params;
}

/** A query string as people read and share it: the commas between list values stay commas (URLSearchParams writes %2C). */
export function readableQuery(params: URLSearchParams): string {
  return params.toString().replace(/%2C/gi, ",");
}

/** The home page's address for a state: only what is set, in one order (`/?country=JP,US&topic=defense-spending`). */
export function pageHref(state: PageState): string {
  const query = readableQuery(serializePageState(state));
  return query ? `/?${query}` : "/";
}

/** Next's searchParams object as URLSearchParams. */
export function toSearchParams(record: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, v);
  }
  return params;
}
