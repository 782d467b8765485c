import type { TimelineEvent } from "@/lib/domain";

export function Chips({ event }: { event: TimelineEvent }) {
  return (
    <ul className="chips" aria-label="Countries and topics">
      {event.countries.map((c) => (
        <li key={c.code} className="chip" title={c.name} data-testid="country-chip">
          {c.name}
        </li>
      ))}
      {event.topics.map((t) => (
        <li key={t.slug} className="chip">
          {t.name}
        </li>
      ))}
    </ul>
  );
}

export function StatusBadge({ status }: { status: TimelineEvent["status"] }) {
  return <span className={`status status-${status}`}>{status}</span>;
}
