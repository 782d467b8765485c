import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { preload } from "react-dom";
import { DeadlinesPanel } from "@/components/event/DeadlinesPanel";
import { EventList } from "@/components/event/EventList";
import { FilterForm } from "@/components/filters/FilterForm";
import { ParameterNotice } from "@/components/layout/ParameterNotice";
import { ViewSwitch } from "@/components/layout/ViewSwitch";
import { FirstFrame, loadFirstFrame } from "@/components/timeline/FirstFrame";
import { InteractiveTimeline } from "@/components/timeline/InteractiveTimeline";
import { HttpError } from "@/lib/api/http-error";
import { allowSearch } from "@/lib/api/search-limit";
import { findEvent, getVocabulary, listEventPage } from "@/lib/data/events";
import { facetCounts } from "@/lib/data/facets";
import { listTargets } from "@/lib/data/targets";
import { countEvents, listOpenDeadlines } from "@/lib/data/timeline";
import { toTargetChain } from "@/lib/timeline/target-chains";
import { toDayNumber } from "@/lib/dates/calendar-date";
import { resolveToday } from "@/lib/dates/countdown";
import { deadlineZone, openDeadlines } from "@/lib/dates/deadlines";
import type { TimelineEvent, Vocabulary } from "@/lib/domain";
import { serializeFilters, type EventFilters, type ParameterIssue } from "@/lib/url/filters";
import { decodeCursor, DEFAULT_PAGE_SIZE, isRankCursor } from "@/lib/url/page-cursor";
import { pageHref, parsePageState, readableQuery, serializePageState, toSearchParams, type PageState } from "@/lib/url/page-state";
import { checkAgainstVocabulary } from "@/lib/url/vocabulary-check";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Policy Timeline",
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  const given = toSearchParams(await searchParams);
  const parsed = parsePageState(given);
  const vocabulary = await getVocabulary();
  const checked = checkAgainstVocabulary(parsed.state.filters, vocabulary);
  const state: PageState = { ...parsed.state, filters: checked.filters };
  const issues = [...parsed.issues, ...checked.issues];
  // One view, one address: the plain form's `?q=&country=JP&country=US` (or US,JP) becomes
  // `?country=JP,US`, the link people copy. An address with mistakes stays, so the notice can name them.
  if (!issues.length && readableQuery(given) !== readableQuery(serializePageState(state))) redirect(pageHref(state));
  const selectedEvent = await loadSelected(state, issues);
  const today = resolveToday("UTC");
  const refusal = await searchRefusal(state.filters);

  return (
    <div className={state.embed ? "embedded" : undefined} data-embed={state.embed ? "1" : undefined}>
      {!state.embed && (
        <>
          <h1>Policy events, with their sources</h1>
          <p className="muted intro">
            Every event rests on a verbatim quote from a stored source. Dates keep their precision: a fiscal year stays a fiscal year, a
            deadline stays a deadline.
          </p>
        </>
      )}
      {state.embed && (
        <p className="small embed-credit">
          <a href={pageHref({ ...state, embed: false })} target="_top">
            Open in Policy Timeline ↗
          </a>
        </p>
      )}
      <ParameterNotice issues={issues} />
      {!state.embed && (
        <FilterForm filters={state.filters} vocabulary={vocabulary} counts={await facetCounts(state.filters)} kept={{ view: state.view, lanes: state.lanes, embed: state.embed }} />
      )}
      <ViewSwitch state={state} />
      {refusal ? (
        <p className="notice" role="alert" data-testid="search-refused">
          {refusal}
        </p>
      ) : state.view === "timeline" ? (
        <TimelineView state={state} vocabulary={vocabulary} today={today} selectedEvent={selectedEvent} />
      ) : (
        <ListView state={state} />
      )}
      {!state.embed && !refusal && <OpenDeadlines filters={state.filters} today={today} />}
    </div>
  );
}

/** The message to show instead of results when this client has spent its searches for the minute (lib/api/search-limit.ts). */
async function searchRefusal(filters: EventFilters): Promise<string | null> {
  try {
    await allowSearch(filters, (await headers()).get("x-forwarded-for"));
    return null;
  } catch (error) {
    if (error instanceof HttpError && error.status === 429) return error.message;
    throw error;
  }
}

/** Its own async component, so that its query runs while the timeline's first frame is being drawn. */
async function OpenDeadlines({ filters, today }: { filters: EventFilters; today: string }) {
  const deadlines = openDeadlines(await listOpenDeadlines(filters), (e) => resolveToday(deadlineZone(e)));
  return <DeadlinesPanel deadlines={deadlines} today={today} />;
}

async function loadSelected(state: PageState, issues: ParameterIssue[]) {
  if (!state.event) return undefined;
  const event = await findEvent(state.event, undefined, state.filters.asOf ?? null);
  if (!event) {
    issues.push({ parameter: "event", value: state.event, message: `no event "${state.event}"` });
    state.event = undefined;
  }
  return event ?? undefined;
}

async function TimelineView({ state, vocabulary, today, selectedEvent }: { state: PageState; vocabulary: Vocabulary; today: string; selectedEvent?: TimelineEvent }) {
  const filterQuery = serializeFilters(state.filters).toString();
  const itemsUrl = `/api/timeline${filterQuery ? `?${filterQuery}` : ""}`;
  // The browser starts fetching the events while it loads the page's scripts.
  preload(itemsUrl, { as: "fetch", crossOrigin: "anonymous" });
  const names = Object.fromEntries([...vocabulary.countries.map((c) => [c.code, c.name]), ...vocabulary.topics.map((t) => [t.slug, t.name])]);
  const chains = (await listTargets(state.filters.asOf ?? null)).map(toTargetChain);
  const [total, firstFrame] = await Promise.all([
    countEvents(state.filters),
    loadFirstFrame(state.filters, { lanes: state.lanes, names: new Map(Object.entries(names)), window: state.window, today: toDayNumber(today), chains }),
  ]);
  return (
    <>
      <p className="small muted" data-testid="result-count" aria-live="polite">
        {total} {total === 1 ? "event" : "events"}
        {state.filters.asOf ? `, as known on ${state.filters.asOf}` : ""}
      </p>
      <noscript>
        <p className="notice">The interactive timeline needs JavaScript. The list view shows the same events without it.</p>
      </noscript>
      <InteractiveTimeline
        itemsUrl={itemsUrl}
        total={total}
        chains={chains}
        names={names}
        today={toDayNumber(today)}
        initialWindow={state.window}
        initialSelected={state.event}
        initialLanes={state.lanes}
        selectedEvent={selectedEvent}
        embed={state.embed}
        filterQuery={filterQuery}
        firstFrame={firstFrame ? <FirstFrame frame={firstFrame} /> : undefined}
      />
    </>
  );
}

async function ListView({ state }: { state: PageState }) {
  const limit = state.limit ?? DEFAULT_PAGE_SIZE;
  const decoded = state.cursor ? (decodeCursor(state.cursor) ?? undefined) : undefined;
  // A cursor from another query (a search's on a time-ordered list, or back) starts again at the first page.
  const cursor = decoded && isRankCursor(decoded) === Boolean(state.filters.q) ? decoded : undefined;
  const { events, total, nextCursor } = await listEventPage(state.filters, { limit, cursor });
  const pageLink = (next: string | undefined) => pageHref({ ...state, cursor: next });
  return (
    <>
      <p className="small muted" data-testid="result-count" aria-live="polite">
        {total} {total === 1 ? "event" : "events"}
        {state.filters.asOf ? `, as known on ${state.filters.asOf}` : ""}
        {total > events.length ? ` (${events.length} on this page)` : ""}
        {state.filters.q && total > 0 ? ", best matches first" : ""}
      </p>
      <EventList events={events} embed={state.embed} ranked={Boolean(state.filters.q)} />
      {(cursor || nextCursor) && (
        <nav className="list-pages" aria-label="Pages of the list" data-testid="list-pages">
          {cursor && <a href={pageLink(undefined)}>← First page</a>}
          {nextCursor && (
            <a href={pageLink(nextCursor)} rel="next">
              Next {limit} events →
            </a>
          )}
        </nav>
      )}
    </>
  );
}
