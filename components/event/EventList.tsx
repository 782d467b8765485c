import Link from "next/link";
import { kindLabel } from "@/lib/validation/vocabulary";
import type { TimelineEvent } from "@/lib/domain";
import type { SnippetPart } from "@/lib/search/query";
import { groupByStartYear } from "@/lib/timeline/grouping";
import { Chips, StatusBadge } from "./Chips";
import { EventDate } from "./EventDate";

type ListedEvent = TimelineEvent & { snippet?: SnippetPart[] };

/**
 * Events by year in time order; search hits (`ranked`) best match first, each with the passage that
 * matched. In an embed, links open in the top window, out of the iframe.
 */
export function EventList({ events, embed = false, ranked = false }: { events: ListedEvent[]; embed?: boolean; ranked?: boolean }) {
  if (events.length === 0) {
    return <p className="muted">No events match these filters.</p>;
  }
  const items = (list: ListedEvent[]) => (
    <ol className="event-list">
      {list.map((event) => (
        <EventItem key={event.slug} event={event} embed={embed} />
      ))}
    </ol>
  );
  if (ranked) {
    return (
      <div data-testid="event-list" aria-label="Best matches first">
        {items(events)}
      </div>
    );
  }
  return (
    <div data-testid="event-list">
      {groupByStartYear(events).map((group) => (
        <section key={group.year} className="year-group" aria-labelledby={`year-${group.year}`}>
          <h2 id={`year-${group.year}`}>{group.year}</h2>
          {items(group.items)}
        </section>
      ))}
    </div>
  );
}

function EventItem({ event, embed }: { event: ListedEvent; embed: boolean }) {
  return (
    <li className="event-item" data-testid="event-item" data-slug={event.slug}>
      <div>
        <EventDate date={event.date} />
      </div>
      <div>
        <h3>
          <Link href={event.url} target={embed ? "_top" : undefined}>
            {event.title}
          </Link>
        </h3>
        {event.snippet && event.snippet.length > 0 && (
          <p className="snippet small" data-testid="snippet">
            {event.snippet.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
          </p>
        )}
        <p className="small muted">
          <StatusBadge status={event.status} /> · {kindLabel(event.kind)}
        </p>
        <Chips event={event} />
      </div>
    </li>
  );
}
