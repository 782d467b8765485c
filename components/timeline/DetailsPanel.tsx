"use client";

import type { TimelineEvent } from "@/lib/domain";
import { kindLabel } from "@/lib/validation/vocabulary";
import { exactInterval } from "@/lib/dates/precision";
import { CopyLinkButton } from "@/components/layout/CopyLinkButton";
import { useEventDetails } from "./useEventDetails";

/** The selected event with its citations, each quote linked to the source reader. */
export function DetailsPanel({ slug, initial, embed, asOf, onClose }: { slug?: string; initial?: TimelineEvent; embed: boolean; asOf?: string; onClose: () => void }) {
  const details = useEventDetails(slug, initial, asOf);
  const target = embed ? "_top" : undefined;
  if (!slug) {
    return (
      <aside className="details panel" aria-label="Event details" data-testid="details-panel">
        <p className="muted small">Select an event on the timeline (click it, or focus it and press Enter) to see its details and sources.</p>
      </aside>
    );
  }
  return (
    <aside className="details panel" aria-label="Event details" aria-live="polite" data-testid="details-panel">
      <div className="details-head">
        <h2>Selected event</h2>
        <button type="button" className="button secondary small-button" onClick={onClose} aria-label="Close event details">
          Close
        </button>
      </div>
      {details.status === "loading" && <p className="muted">Loading…</p>}
      {details.status === "error" && <p role="alert">{details.message}</p>}
      {details.status === "ready" && <EventDetails event={details.event} target={target} asOf={asOf} />}
    </aside>
  );
}

function EventDetails({ event, target, asOf }: { event: TimelineEvent; target?: string; asOf?: string }) {
  const permalink = asOf ? `${event.url}?asOf=${asOf}` : event.url;
  return (
    <article data-testid="details" data-slug={event.slug}>
      <h3>{event.title}</h3>
      <p className="small">
        <strong data-testid="details-date">{event.date.label}</strong>
        {event.date.precision !== "day" && <span className="muted"> ({exactInterval(event.date)})</span>} ·{" "}
        <span className={`status status-${event.status}`}>{event.status}</span> · {kindLabel(event.kind)}
      </p>
      <p className="small">{event.summary}</p>
      {event.date.note && <p className="small muted">{event.date.note}</p>}
      <p className="small">
        {event.countries.map((c) => c.name).join(", ")}
        {event.actors.length > 0 && ` · ${event.actors.map((a) => a.name).join(", ")}`}
      </p>
      <h4>Sources</h4>
      {event.citations.map((c, i) => (
        <figure key={i} className="citation compact" data-testid="details-citation">
          <blockquote>{c.quote}</blockquote>
          <figcaption>
            <a href={`/sources/${c.source.slug}#c-${c.start}`} target={target}>
              {c.source.title}
            </a>
            , {c.source.publisher}, {c.source.publishedAt}
          </figcaption>
        </figure>
      ))}
      <p className="details-actions">
        <a className="button" href={permalink} target={target} data-testid="permalink">
          Open permalink
        </a>
        <CopyLinkButton path={permalink} label="Copy event link" />
      </p>
    </article>
  );
}
