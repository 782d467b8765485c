import { toDayNumber } from "@/lib/dates/calendar-date";
import { PRECISIONS, type Precision } from "@/lib/dates/precision";
import { EVENT_KINDS, EVENT_STATUSES, type EventKind, type EventStatus } from "@/lib/validation/vocabulary";

/** What the interactive timeline needs of one event: small, so tens of thousands travel to the browser quickly. */
export interface TimelineItem {
  slug: string;
  title: string;
  label: string;
  /** Inclusive day numbers (days since 1970-01-01, UTC calendar). */
  start: number;
  end: number;
  precision: Precision;
  status: EventStatus;
  kind: EventKind;
  countries: string[];
  topics: string[];
}

export interface ItemSource {
  slug: string;
  title: string;
  kind: EventKind;
  status: EventStatus;
  date: { start: string; end: string; precision: Precision; label: string };
  countries: { code: string }[];
  topics: { slug: string }[];
}

export function toTimelineItem(event: ItemSource): TimelineItem {
  return {
    slug: event.slug,
    title: event.title,
    label: event.date.label,
    start: toDayNumber(event.date.start),
    end: toDayNumber(event.date.end),
    precision: event.date.precision,
    status: event.status,
    kind: event.kind,
    countries: event.countries.map((c) => c.code),
    topics: event.topics.map((t) => t.slug),
  };
}

/**
 * Items packed as tuples with enum indices: the same information in about half the bytes of objects,
 * which is what decides first-render time at 50,000 events.
 */
export type PackedItem = [slug: string, title: string, label: string, start: number, end: number, precision: number, status: number, kind: number, countries: string, topics: string];

export function packItem(item: TimelineItem): PackedItem {
  return [
    item.slug,
    item.title,
    item.label,
    item.start,
    item.end,
    PRECISIONS.indexOf(item.precision),
    EVENT_STATUSES.indexOf(item.status),
    EVENT_KINDS.indexOf(item.kind),
    item.countries.join(","),
    item.topics.join(","),
  ];
}

export function unpackItem(p: PackedItem): TimelineItem {
  return {
    slug: p[0],
    title: p[1],
    label: p[2],
    start: p[3],
    end: p[4],
    precision: PRECISIONS[p[5]],
    status: EVENT_STATUSES[p[6]],
    kind: EVENT_KINDS[p[7]],
    countries: p[8] ? p[8].split(",") : [],
    topics: p[9] ? p[9].split(",") : [],
  };
}

/** Time order: by start, then end, then slug, so equal dates keep a stable order. */
export function compareItems(a: TimelineItem, b: TimelineItem): number {
  return a.start - b.start || a.end - b.end || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}
