import type { Prisma } from "@/generated/prisma/client";
import type { Precision } from "@/lib/dates/precision";
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
  announcedRevisions: {
    select: { position: true, target: { select: { slug: true, title: true } } },
    orderBy: [{ targetId: "asc" }, { position: "asc" }],
  },
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

export function toTimelineEvent(row: EventRow): TimelineEvent {
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
    status: row.status as EventStatus,
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
    ...(row.announcedRevisions.length
      ? { targets: row.announcedRevisions.map((r) => ({ slug: r.target.slug, title: r.target.title, revision: r.position, role: "announces" as const })) }
      : {}),
    url: `/events/${row.slug}`,
  };
}
