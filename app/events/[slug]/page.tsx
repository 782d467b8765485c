import type { Metadata } from "next";
import { kindLabel } from "@/lib/validation/vocabulary";
import Link from "next/link";
import { cache } from "react";
import { notFound, permanentRedirect } from "next/navigation";
import { Chips, StatusBadge } from "@/components/event/Chips";
import { CitationCard } from "@/components/event/CitationCard";
import { EventDate, precisionName } from "@/components/event/EventDate";
import { EventTargets } from "@/components/targets/EventTargets";
import { headers } from "next/headers";
import { CiteThis } from "@/components/event/CiteThis";
import { publicOrigin } from "@/lib/api/origin";
import { citationSubject, formatCitations } from "@/lib/citations/format";
import { resolveEventSlug } from "@/lib/data/events";
import { currentUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/roles";
import { getSourceRecord } from "@/lib/data/sources";
import { resolveToday } from "@/lib/dates/countdown";
import type { TimelineEvent } from "@/lib/domain";
import { exactInterval } from "@/lib/dates/precision";
import { formatDayLabel, type CalendarDate } from "@/lib/dates/calendar-date";
import { timelineLinkFor } from "@/lib/url/links";
import { parseAsOfParams } from "@/lib/url/as-of";
import { toSearchParams } from "@/lib/url/page-state";
import { ParameterNotice } from "@/components/layout/ParameterNotice";
import { CopyLinkButton } from "@/components/layout/CopyLinkButton";

export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The live event; a renamed slug redirects (308) to the new permalink. A removed one is answered by
 * removedPage(). Read once per request (cache): the metadata and the page both need it.
 */
const loadEvent = cache(async (slug: string, asOf: CalendarDate | null) => {
  const found = (await resolveEventSlug(slug, undefined, asOf)) ?? notFound();
  if (found.kind === "moved") permanentRedirect(`/events/${found.slug}`);
  return found;
});

export async function generateMetadata({ params, searchParams }: { params: Params; searchParams: SearchParams }): Promise<Metadata> {
  const found = await loadEvent((await params).slug, parseAsOfParams(toSearchParams(await searchParams)).asOf);
  if (found.kind === "deleted") notFound();
  const { event } = found;
  const description = `${event.date.label}: ${event.summary}`.slice(0, 300);
  return {
    title: event.title,
    description,
    openGraph: { title: event.title, description, type: "article", url: event.url, siteName: "Policy Timeline" },
    twitter: { card: "summary", title: event.title, description },
  };
}

/** "Cite this" for the event through its first source, with the section the full source record carries. */
async function citationsFor(event: TimelineEvent) {
  const { title, publisher, author, publishedAt, url, section } = await getSourceRecord(event.citations[0].source.slug);
  const source = { title, publisher, author, publishedAt, url, section };
  const origin = publicOrigin(await headers(), `http://localhost:${process.env.PORT ?? 3000}`);
  return formatCitations(citationSubject(event, source, origin, resolveToday("UTC")));
}

export default async function EventPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { slug } = await params;
  const { asOf, issues } = parseAsOfParams(toSearchParams(await searchParams));
  // Its status and target links as known on asOf.
  const found = await loadEvent(slug, asOf);
  // proxy.ts answers a removed event's permalink with 410 before this page runs.
  if (found.kind === "deleted") notFound();
  const { event, version } = found;
  const canEdit = hasRole((await currentUser(await headers()))?.role, "editor");
  const notYetReported = asOf !== null && event.date.announced !== undefined && event.date.announced > asOf;
  return (
    <article data-testid="event-page">
      <p className="small">
        <Link href="/">← All events</Link>
      </p>
      <ParameterNotice issues={issues} />
      {asOf && (
        <p className="notice" data-testid="as-of-notice">
          {notYetReported
            ? `As known on ${formatDayLabel(asOf)}, this event had not been reported yet: it was first reported on ${formatDayLabel(event.date.announced!)}.`
            : `Viewed as known on ${formatDayLabel(asOf)}.`}{" "}
          <Link href={event.url}>See it as known today</Link>
        </p>
      )}
      <h1>{event.title}</h1>
      <p>
        <EventDate date={event.date} detailed /> · <StatusBadge status={event.status} />
      </p>
      <p>{event.summary}</p>
      <p className="event-actions">
        <Link className="button" href={timelineLinkFor(event.slug, event.date, asOf)} data-testid="view-on-timeline">
          View on timeline
        </Link>
        <CopyLinkButton label="Copy link" />
        <a className="button secondary" href={`/api/events/${event.slug}/ics`} download={`${event.slug}.ics`} data-testid="add-to-calendar">
          Add to calendar
        </a>
        <Link className="button secondary" href={`/events/${event.slug}/history`}>
          History
        </Link>
        {canEdit && (
          <Link className="button secondary" href={`/events/${event.slug}/edit`} data-testid="edit-event" data-version={version}>
            Edit
          </Link>
        )}
      </p>
      <dl className="facts">
        <dt>Date</dt>
        <dd data-testid="exact-dates">
          {exactInterval(event.date)} ({precisionName(event.date.precision)}
          {event.date.timezone ? `, ${event.date.timezone}` : ""})
        </dd>
        {event.date.note && (
          <>
            <dt>Dating note</dt>
            <dd>{event.date.note}</dd>
          </>
        )}
        {event.date.announced && (
          <>
            <dt>First reported</dt>
            <dd>{formatDayLabel(event.date.announced)}</dd>
          </>
        )}
        <dt>Kind</dt>
        <dd>{kindLabel(event.kind)}</dd>
        <dt>Actors</dt>
        <dd>
          {event.actors.length === 0
            ? "—"
            : event.actors.map((a, i) => (
                <span key={a.slug}>
                  {i > 0 && "; "}
                  <Link href={`/?actor=${a.slug}`}>{a.name}</Link>
                  {a.role ? `, ${a.role}` : ""}
                  {a.aliases.length > 0 && <span className="muted small"> (also written: {a.aliases.join(", ")})</span>}
                </span>
              ))}
        </dd>
        <dt>Countries and topics</dt>
        <dd>
          <Chips event={event} />
        </dd>
      </dl>
      <EventTargets targets={event.targets} asOf={asOf} />
      <h2>Sources</h2>
      {event.citations.map((citation, i) => (
        <CitationCard key={i} citation={citation} />
      ))}
      <CiteThis {...(await citationsFor(event))} />
    </article>
  );
}
