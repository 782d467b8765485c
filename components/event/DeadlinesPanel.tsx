import Link from "next/link";
import { formatDayLabel } from "@/lib/dates/calendar-date";
import type { DeadlineEntry } from "@/lib/dates/deadlines";
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
          {deadlines.map(({ item, due, countdown }) => (
            <li key={item.slug} data-testid="deadline" data-slug={item.slug}>
              <Link href={item.url}>{item.title}</Link>
              <div className="small">
                {item.date.label} · due {formatDayLabel(due)}
                {item.date.timezone ? ` (${item.date.timezone})` : ""}
              </div>
              <div className={`countdown small${countdown.days < 0 ? " overdue" : ""}`} data-testid="countdown">
                {countdown.days < 0 ? `deadline passed ${countdown.text}; outcome not recorded` : countdown.text}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
