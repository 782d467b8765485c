import type { Prisma } from "@/generated/prisma/client";
import type { CalendarDate } from "@/lib/dates/calendar-date";
import type { Precision } from "@/lib/dates/precision";
import { eventStatusOn, eventTargetsOn, type StandIn } from "@/lib/targets/event-as-of";
import type { CitationView, SourceRef, TimelineEvent } from "@/lib/domain";
import type { CitationSupport, EventKind, EventStatus } from "@/lib/validation/vocabulary";

export const sourceRefSelect = {
  slug: true,
  title: true,
  publisher: true,
  author: true,
  publishedAt: true,
  url: true,
} satisfies Prisma.SourceSelect;

/** What every view of an event needs: its name, kind, status and date. */
export const eventHeadSelect = {
  slug: true,
  title: true,
  kind: true,
  status: true,
  startDate: true,
  endDate: true,
  precision: true,
  dateLabel: true,
} satisfies Prisma.EventSelect;

/** A target revision the event stands in, with the report dates its as-of status and refs are read from. */
const standInSelect = {
  position: true,
  target: { select: { slug: true, title: true } },
  announcedBy: { select: { announcedDate: true } },
  supersededBy: { select: { announcedBy: { select: { announcedDate: true } } } },
} satisfies Prisma.TargetRevisionSelect;

export const eventSelect = {
  ...eventHeadSelect,
  summary: true,
  timezone: true,
  dateNote: true,
  announcedDate: true,
  countries: { select: { code: true, name: true }, orderBy: { code: "asc" } },
  topics: { select: { slug: true, name: true }, orderBy: { name: "asc" } },
  actors: {
    select: { slug: true, name: true, role: true, aliases: { select: { alias: true }, orderBy: { alias: "asc" } } },
    orderBy: { name: "asc" },
  },
  citations: {
    select: { quote: true, start: true, end: true, supports: true, source: { select: sourceRefSelect } },
    orderBy: { position: "asc" },
  },
  announcedRevisions: { select: standInSelect, orderBy: [{ targetId: "asc" }, { position: "asc" }] },
  deadlineRevisions: { select: standInSelect, orderBy: [{ targetId: "asc" }, { position: "asc" }] },
} satisfies Prisma.EventSelect;

type EventRow = Prisma.EventGetPayload<{ select: typeof eventSelect }>;
type SourceRow = Prisma.SourceGetPayload<{ select: typeof sourceRefSelect }>;

export function toSourceRef(row: SourceRow): SourceRef {
  return {
    slug: row.slug,
    title: row.title,
    publisher: row.publisher,
    ...(row.author ? { author: row.author } : {}),
    publishedAt: row.publishedAt,
    ...(row.url ? { url: row.url } : {}),
  };
}

type StandInRow = EventRow["announcedRevisions"][number];

const standIn = (role: StandIn["role"]) => (r: StandInRow): StandIn => ({
  role,
  target: r.target,
  position: r.position,
  announced: r.announcedBy.announcedDate,
  ...(r.supersededBy ? { supersededOn: r.supersededBy.announcedBy.announcedDate } : {}),
});

/** The event JSON as known on `asOf` (null: today): its status and target refs tell nothing reported later. */
export function toTimelineEvent(row: EventRow, asOf: CalendarDate | null = null): TimelineEvent {
  const standIns = [...row.announcedRevisions.map(standIn("announces")), ...row.deadlineRevisions.map(standIn("deadline"))];
  const targets = eventTargetsOn(standIns, asOf);
  const citations: CitationView[] = row.citations.map((c) => ({
    quote: c.quote,
    start: c.start,
    end: c.end,
    supports: c.supports as CitationSupport,
    source: toSourceRef(c.source),
  }));
  return {
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    kind: row.kind as EventKind,
    status: eventStatusOn({ kind: row.kind as EventKind, status: row.status as EventStatus }, standIns, asOf),
    date: {
      start: row.startDate,
      end: row.endDate,
      precision: row.precision as Precision,
      label: row.dateLabel,
      ...(row.timezone ? { timezone: row.timezone } : {}),
      ...(row.dateNote ? { note: row.dateNote } : {}),
      ...(row.announcedDate ? { announced: row.announcedDate } : {}),
    },
    countries: row.countries,
    topics: row.topics,
    actors: row.actors.map((a) => ({
      slug: a.slug,
      name: a.name,
      ...(a.role ? { role: a.role } : {}),
      aliases: a.aliases.map((x) => x.alias),
    })),
    citations,
    ...(targets.length ? { targets } : {}),
    url: `/events/${row.slug}`,
  };
}
