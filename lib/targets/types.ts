import type { CalendarDate } from "@/lib/dates/calendar-date";
import type { Precision } from "@/lib/dates/precision";
import type { CitationView } from "@/lib/domain";
import type { EventStatus, REVISION_KINDS } from "@/lib/validation/vocabulary";

/** A commitment by the target's holder, or a proposal by another party. */
export type RevisionKind = (typeof REVISION_KINDS)[number];

/** An actor named by its slug, with its display name. */
export interface Party {
  slug: string;
  name: string;
}

export interface TargetDeadline {
  start: CalendarDate;
  end: CalendarDate;
  precision: Precision;
  label: string;
}

/** The event that announced a revision. No announced date: it stood before any dated report. */
export interface AnnouncingEvent {
  slug: string;
  title: string;
  dateLabel: string;
  announcedDate: CalendarDate | null;
  url: string;
}

export interface TargetRevision {
  position: number;
  kind: RevisionKind;
  proposedBy: Party | null;
  value: number;
  valueLabel: string;
  deadline: TargetDeadline | null;
  status: EventStatus;
  /** Position of the revision this one replaced. */
  supersedes: number | null;
  announcedBy: AnnouncingEvent;
  /** The event of kind "deadline" that is this revision's deadline, when one is recorded. */
  deadlineEvent: Pick<AnnouncingEvent, "slug" | "title" | "url"> | null;
  /** The announcing event's citations. */
  citations: CitationView[];
}

export interface Target {
  slug: string;
  title: string;
  subject: string;
  metric: string;
  unit: string;
  holder: Party;
  description: string;
  url: string;
  revisions: TargetRevision[];
}

/** A target as it stood on `asOf` (null: as known today): only the revisions known then, oldest first. */
export interface TargetSnapshot extends Target {
  asOf: CalendarDate | null;
  /** Position of the commitment in force on that date. */
  inForce: number | null;
}

/** Enough to link to a target. */
export interface TargetLink {
  slug: string;
  title: string;
  url: string;
}
