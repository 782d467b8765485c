import type { CalendarDate } from "@/lib/dates/calendar-date";
import type { Precision } from "@/lib/dates/precision";
import type { CitationSupport, EventKind, EventStatus } from "@/lib/validation/vocabulary";

/** The shapes the data layer returns and the API serialises (ARCHITECTURE.md §5). */
export interface EventDate {
  start: CalendarDate;
  end: CalendarDate;
  precision: Precision;
  label: string;
  timezone?: string;
  note?: string;
  announced?: CalendarDate;
}

export interface SourceRef {
  slug: string;
  title: string;
  publisher: string;
  author?: string;
  publishedAt: string;
  url?: string;
}

export interface CitationView {
  quote: string;
  start: number;
  end: number;
  supports: CitationSupport;
  source: SourceRef;
}

export interface ActorView {
  slug: string;
  name: string;
  role?: string;
  aliases: string[];
}

/**
 * A target revision the event stands in: it `announces` the revision (the revision's announcing event),
 * or it is the revision's `deadline` (the revision's deadline event).
 */
export interface EventTargetRef {
  slug: string;
  title: string;
  /** The revision's `position` in the target's chain, as in `/api/targets/{slug}` (0 first). */
  revision: number;
  role: "announces" | "deadline";
}

export interface TimelineEvent {
  slug: string;
  title: string;
  summary: string;
  kind: EventKind;
  status: EventStatus;
  date: EventDate;
  countries: { code: string; name: string }[];
  topics: { slug: string; name: string }[];
  actors: ActorView[];
  citations: CitationView[];
  /** Only on an event that announced a target revision or is one's deadline: announcements first, then deadlines. */
  targets?: EventTargetRef[];
  url: string;
}

export interface SourceView extends SourceRef {
  section?: string;
  publishedDate: CalendarDate;
  retrievedAt: CalendarDate;
  language: string;
  text: string;
  editorialNote?: string;
  citations: (Omit<CitationView, "source"> & { event: { slug: string; title: string } })[];
}

export interface Vocabulary {
  countries: { code: string; name: string; count: number }[];
  topics: { slug: string; name: string; count: number }[];
  /** With every other name the actor goes by, for suggestions as one types. */
  actors: { slug: string; name: string; aliases: string[]; count: number }[];
}
