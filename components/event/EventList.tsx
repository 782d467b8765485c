import Link from "next/link";
import type { TimelineEvent } from "@/lib/domain";
import { groupByStartYear } from "@/lib/timeline/grouping";
import { Chips, StatusBadge } from "./Chips";
import { EventDate } from "./EventDate";

/** In an embed, links open in the top window, out of the iframe. */
export function EventList({ events, embed = false }: { events: TimelineEvent[]; embed?: boolean }) {
  if (events.length === 0) {
    return <p className="muted">No events match these filters.</p>;
  }
  return (
    <div data-testid="event-list">
      {groupByStartYear(events).map((group) => (
        <section key={group.year} className="year-group" aria-labelledby={`year-${group.year}`}>
          <h2 id={`year-${group.year}`}>{group.year}</h2>
          <ol className="event-list">
            {group.items.map((event) => (
              <li key={event.slug} className="event-item" data-testid="event-item" data-slug={event.slug}>
                <div>
                  <EventDate date={event.date} />
                </div>
                <div>
                  <h3>
                    <Link href={event.url} target={embed ? "_top" : undefined}>
                      {event.title}
                    </Link>
                  </h3>
                  <p className="small muted">
                    <StatusBadge status={event.status} /> · {event.kind.replace("-", " ")}
                  </p>
                  <Chips event={event} />
                </div>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
