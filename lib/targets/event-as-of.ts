import type { CalendarDate } from "@/lib/dates/calendar-date";
import type { EventTargetRef } from "@/lib/domain";
import type { EventKind, EventStatus } from "@/lib/validation/vocabulary";

/** Reported by `asOf` (null: today); no announced date means it stood before any dated report. */
export function reportedBy(announced: CalendarDate | null, asOf: CalendarDate | null): boolean {
  return asOf === null || announced === null || announced <= asOf;
}

/** A target revision an event stands in (it announced it, or is its deadline), with when it and its successor were reported. */
export interface StandIn {
  role: EventTargetRef["role"];
  target: { slug: string; title: string };
  position: number;
  announced: CalendarDate | null;
  /** The announced date of the revision that superseded this one; undefined when none did. */
  supersededOn?: CalendarDate | null;
}

/**
 * What an event stored as superseded read before its supersession was reported: a deadline was still
 * due, anything else announced. The status filter reads this table too (lib/data/event-where.ts).
 */
export const STATUS_BEFORE_SUPERSESSION = { deadline: "due", otherwise: "announced" } as const satisfies Record<string, EventStatus>;

/**
 * The event's status as known on `asOf` (null: today). Only a "superseded" that comes from the target
 * chain can be dated: it stands once a revision superseding one the event stands in was reported, and
 * reads as the status before supersession until then. Any other status is as stored.
 */
export function eventStatusOn(event: { kind: EventKind; status: EventStatus }, standIns: readonly StandIn[], asOf: CalendarDate | null): EventStatus {
  if (event.status !== "superseded" || asOf === null) return event.status;
  const superseders = standIns.flatMap((s) => (s.supersededOn === undefined ? [] : [s.supersededOn]));
  if (superseders.length === 0 || superseders.some((day) => reportedBy(day, asOf))) return event.status;
  return statusBeforeSupersession(event.kind);
}

export function statusBeforeSupersession(kind: EventKind): EventStatus {
  return kind === "deadline" ? STATUS_BEFORE_SUPERSESSION.deadline : STATUS_BEFORE_SUPERSESSION.otherwise;
}

/** The event's `targets` refs known on `asOf`: announcements first, then deadlines, each oldest target first as given. */
export function eventTargetsOn(standIns: readonly StandIn[], asOf: CalendarDate | null): EventTargetRef[] {
  const known = standIns.filter((s) => reportedBy(s.announced, asOf));
  return (["announces", "deadline"] as const).flatMap((role) =>
    known.filter((s) => s.role === role).map((s) => ({ slug: s.target.slug, title: s.target.title, revision: s.position, role })),
  );
}
