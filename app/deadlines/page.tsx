import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { StatusBadge } from "@/components/event/Chips";
import { ParameterNotice } from "@/components/layout/ParameterNotice";
import { publicOrigin } from "@/lib/api/origin";
import { listDeadlineEvents } from "@/lib/data/deadlines";
import { getVocabulary } from "@/lib/data/events";
import { formatDayLabel } from "@/lib/dates/calendar-date";
import { resolveToday } from "@/lib/dates/countdown";
import { classifyDeadlines, deadlineZone, describeDeadline, groupDeadlines, type DeadlineEntry, type DeadlineState } from "@/lib/dates/deadlines";
import type { TimelineEvent } from "@/lib/domain";
import { FILTER_PARAMETERS, parseFilters, serializeFilters, unknownParameters } from "@/lib/url/filters";
import { toSearchParams } from "@/lib/url/page-state";
import { checkAgainstVocabulary } from "@/lib/url/vocabulary-check";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Deadlines",
  description: "Policy deadlines counting down, overdue, met and missed, each with its sources; subscribe to them as a calendar.",
};

const SECTIONS: Record<DeadlineState, { heading: string; note: string }> = {
  due: { heading: "Due", note: "Still ahead." },
  overdue: { heading: "Overdue", note: "The due day has passed and the sources record no outcome." },
  met: { heading: "Met", note: "Recorded as met." },
  missed: { heading: "Missed", note: "Recorded as missed." },
  superseded: { heading: "Superseded", note: "Replaced by a later deadline; kept for the record." },
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** webcal:// makes calendar apps subscribe to the feed instead of importing it once. */
async function subscribeUrl(feed: string): Promise<string> {
  return `${publicOrigin(await headers(), "http://localhost").replace(/^https?:/, "webcal:")}${feed}`;
}

export default async function DeadlinesPage({ searchParams }: { searchParams: SearchParams }) {
  const params = toSearchParams(await searchParams);
  const parsed = parseFilters(params);
  const checked = checkAgainstVocabulary(parsed.filters, await getVocabulary());
  const issues = [...parsed.issues, ...unknownParameters(params, FILTER_PARAMETERS), ...checked.issues];
  const query = serializeFilters(checked.filters).toString();
  const entries = classifyDeadlines(await listDeadlineEvents(checked.filters), (event) => resolveToday(deadlineZone(event)));
  const today = resolveToday("UTC");
  const feed = `/api/deadlines.ics${query ? `?${query}` : ""}`;
  const subscribe = await subscribeUrl(feed);

  return (
    <article data-testid="deadlines-page">
      <h1>Deadlines</h1>
      <p className="muted intro">
        A deadline falls due at the end of its period: FY2025 on 31 Mar 2026. Days are counted from today, {formatDayLabel(today)}, in each
        deadline&apos;s own time zone.
      </p>
      <ParameterNotice issues={issues} />
      {query && (
        <p className="small" data-testid="active-filters">
          Filtered by {[...new URLSearchParams(query).entries()].map(([name, value]) => `${name} ${value}`).join(", ")} ·{" "}
          <Link href={`/?${query}`}>this view on the timeline</Link> · <Link href="/deadlines">all deadlines</Link>
        </p>
      )}
      <div className="deadline-actions">
        <a className="button" href={subscribe} data-testid="subscribe">
          Subscribe in a calendar
        </a>
        <a className="button secondary" href={feed} download="deadlines.ics" data-testid="feed">
          Download all as .ics
        </a>
      </div>
      {groupDeadlines(entries).map(({ state, entries: group }) => (
        <section key={state} className="deadline-section" aria-labelledby={`deadlines-${state}`} data-testid={`deadlines-${state}`}>
          <h2 id={`deadlines-${state}`}>
            {SECTIONS[state].heading} <span className="muted">({group.length})</span>
          </h2>
          <p className="small muted">{SECTIONS[state].note}</p>
          {group.length === 0 ? (
            <p className="small muted">None in this view.</p>
          ) : (
            <ol className="deadline-cards">
              {group.map((entry) => (
                <DeadlineCard key={entry.item.slug} entry={entry} />
              ))}
            </ol>
          )}
        </section>
      ))}
    </article>
  );
}

function DeadlineCard({ entry }: { entry: DeadlineEntry<TimelineEvent> }) {
  const { item: event } = entry;
  return (
    <li className="deadline-card" data-testid="deadline" data-slug={event.slug} data-state={entry.state}>
      <div className={`countdown ${entry.state}`} data-testid="countdown">
        {describeDeadline(entry)}
      </div>
      <div className="deadline-body">
        <h3>
          <Link href={event.url}>{event.title}</Link>
        </h3>
        <p className="small">
          <span className="date-label">{event.date.label}</span> · due {formatDayLabel(entry.due)}
          {event.date.timezone ? ` (${event.date.timezone})` : ""} · <StatusBadge status={event.status} />
        </p>
        <a className="button secondary small-button" href={`/api/events/${event.slug}/ics`} download={`${event.slug}.ics`} aria-label={`Add to calendar: ${event.title}`} data-testid="add-to-calendar">
          Add to calendar
        </a>
      </div>
    </li>
  );
}
