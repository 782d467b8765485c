import Link from "next/link";
import { formatDayLabel } from "@/lib/dates/calendar-date";
import { describeDeadline, type DeadlineEntry } from "@/lib/dates/deadlines";
import type { TimelineEvent } from "@/lib/domain";

export function DeadlinesPanel({ deadlines, today }: { deadlines: DeadlineEntry<TimelineEvent>[]; today: string }) {
  return (
    <section className="panel" aria-labelledby="deadlines-heading" data-testid="deadlines">
      <h2 id="deadlines-heading">Open deadlines</h2>
      <p className="small muted">Counted from {formatDayLabel(today)}.</p>
      {deadlines.length === 0 ? (
        <p className="muted small">No open deadlines in this view.</p>
      ) : (
        <ul className="deadline-list">
          {deadlines.map((entry) => (
            <li key={entry.item.slug} data-testid="deadline" data-slug={entry.item.slug} data-state={entry.state}>
              <Link href={entry.item.url}>{entry.item.title}</Link>
              <div className="small">
                {entry.item.date.label} · due {formatDayLabel(entry.due)}
                {entry.item.date.timezone ? ` (${entry.item.date.timezone})` : ""}
              </div>
              <div className={`countdown small ${entry.state}`} data-testid="countdown">
                {describeDeadline(entry)}
              </div>
            </li>
          ))}
        </ul>
      )}
      <p className="small">
        <Link href="/deadlines">All deadlines, with a calendar feed</Link>
      </p>
    </section>
  );
}
