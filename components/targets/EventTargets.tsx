import Link from "next/link";
import type { CalendarDate } from "@/lib/dates/calendar-date";
import type { EventTargetRef } from "@/lib/domain";
import { targetHref } from "@/lib/url/as-of";

const LEAD: Record<EventTargetRef["role"], string> = { announces: "Part of target", deadline: "Deadline of target" };

/** A link to each target the event stands in (the event JSON's `targets`), once per target and role; as of `asOf` when the page is. */
export function EventTargets({ targets, asOf }: { targets: readonly EventTargetRef[] | undefined; asOf: CalendarDate | null }) {
  const linked = [...new Map((targets ?? []).map((t) => [`${t.role} ${t.slug}`, t])).values()];
  if (linked.length === 0) return null;
  return (
    <ul className="event-targets" data-testid="event-targets">
      {linked.map((t) => (
        <li key={`${t.role} ${t.slug}`} data-role={t.role}>
          {LEAD[t.role]}: <Link href={targetHref(t.slug, asOf)}>{t.title}</Link>
        </li>
      ))}
    </ul>
  );
}
