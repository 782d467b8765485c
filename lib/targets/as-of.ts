import type { CalendarDate } from "@/lib/dates/calendar-date";
import type { EventStatus } from "@/lib/validation/vocabulary";
import { describeTarget } from "./describe";
import { reportedBy } from "./event-as-of";
import { orderRevisions } from "./order";
import type { Target, TargetRevision, TargetSnapshot } from "./types";

/** Known on `asOf` when announced by then; a revision with no announced date stood before any dated report. */
export function isKnownOn(revision: TargetRevision, asOf: CalendarDate | null): boolean {
  return reportedBy(revision.announcedBy.announcedDate, asOf);
}

/** A revision recorded as superseded was still due on a date when what superseded it was not yet known. */
function statusOn(revision: TargetRevision, known: readonly TargetRevision[]): EventStatus {
  if (revision.status !== "superseded") return revision.status;
  return known.some((r) => r.supersedes === revision.position) ? "superseded" : "due";
}

/**
 * The target as it stood on `asOf` (null: as known today): the revisions known then, oldest first,
 * with their status on that date, and the commitment in force (the latest known one).
 */
export function targetAsOf(target: Target, asOf: CalendarDate | null = null): TargetSnapshot {
  const known = orderRevisions(target.revisions).filter((r) => isKnownOn(r, asOf));
  const revisions = known.map((r) => ({ ...r, status: statusOn(r, known) }));
  const commitments = revisions.filter((r) => r.kind === "commitment");
  const snapshot = { ...target, revisions, asOf, inForce: commitments.at(-1)?.position ?? null };
  // The stored description is written as known today and may tell of revisions reported later (the
  // move to FY2025): on a day before some of them were known, it is told from the revisions known then.
  return known.length < target.revisions.length ? { ...snapshot, description: describeTarget(snapshot) } : snapshot;
}

export function revisionInForce(snapshot: TargetSnapshot): TargetRevision | null {
  return snapshot.revisions.find((r) => r.position === snapshot.inForce) ?? null;
}
