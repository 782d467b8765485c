import type { Prisma } from "@/generated/prisma/client";
import type { TimelineEvent, Vocabulary } from "@/lib/domain";
import { filterRange, type EventFilters } from "@/lib/url/filters";
import { SLUG } from "@/lib/validation/vocabulary";
import { encodeCursor, type PageCursor } from "@/lib/url/page-cursor";
import { databaseEngine } from "./adapter";
import { db } from "./client";
import { NotFoundError } from "./errors";
import { readAllPages } from "./pages";
import { cachedRead } from "./read-cache";
import { eventSelect, toTimelineEvent } from "./event-select";

type Client = ReturnType<typeof db>;

/**
 * `contains` that ignores case on both engines: SQLite's LIKE already does for ASCII; PostgreSQL needs
 * ILIKE (mode "insensitive", which the SQLite client's types do not know).
 */
function containing(q: string): Prisma.StringFilter {
  return (databaseEngine() === "postgresql" ? { contains: q, mode: "insensitive" } : { contains: q }) as Prisma.StringFilter;
}

/** A text search also finds events through any alias of their actors ("Hegseth" finds "Hergses"). */
function textCondition(q: string): Prisma.EventWhereInput {
  const c = containing(q);
  return {
    OR: [
      { title: c },
      { summary: c },
      { citations: { some: { quote: c } } },
      { actors: { some: { OR: [{ name: c }, { aliases: { some: { alias: c } } }] } } },
      { countries: { some: { name: c } } },
      { topics: { some: { name: c } } },
    ],
  };
}

/** Soft-deleted events leave every list, count and search; only their permalink remembers them (410). */
export const LIVE: Prisma.EventWhereInput = { deletedAt: null };

export function eventWhere(filters: EventFilters): Prisma.EventWhereInput {
  const and: Prisma.EventWhereInput[] = [LIVE];
  if (filters.country.length) and.push({ countries: { some: { code: { in: filters.country } } } });
  if (filters.topic.length) and.push({ topics: { some: { slug: { in: filters.topic } } } });
  if (filters.actor.length) and.push({ actors: { some: { slug: { in: filters.actor } } } });
  if (filters.kind.length) and.push({ kind: { in: filters.kind } });
  if (filters.status.length) and.push({ status: { in: filters.status } });
  if (filters.q) and.push(textCondition(filters.q));
  const range = filterRange(filters);
  if (range.start) and.push({ endDate: { gte: range.start } });
  if (range.end) and.push({ startDate: { lte: range.end } });
  if (filters.asOf) {
    and.push({
      OR: [
        { announcedDate: { lte: filters.asOf } },
        // No recorded announcement: the event stood before any report the sources date (e.g. the FY2027 deadline).
        { announcedDate: null },
      ],
    });
  }
  return { AND: and };
}

export const TIME_ORDER: Prisma.EventOrderByWithRelationInput[] = [{ startDate: "asc" }, { endDate: "asc" }, { slug: "asc" }];

export async function listEvents(
  filters: EventFilters,
  client: Client = db(),
  page: { limit?: number } = {},
): Promise<{ events: TimelineEvent[]; total: number }> {
  const where = eventWhere(filters);
  const [rows, total] = await Promise.all([
    readAllPages((skip, take) => client.event.findMany({ where, select: eventSelect, orderBy: TIME_ORDER, skip, take }), page.limit),
    client.event.count({ where }),
  ]);
  return { events: rows.map(toTimelineEvent), total };
}

/**
 * One page of the filtered events in time order, after `cursor` (keyset paging: stable while events
 * are added or removed elsewhere in the order), with the total and the cursor of the next page.
 */
export async function listEventPage(
  filters: EventFilters,
  page: { limit: number; cursor?: PageCursor },
  client: Client = db(),
): Promise<{ events: TimelineEvent[]; total: number; nextCursor: string | null }> {
  const where = eventWhere(filters);
  const after: Prisma.EventWhereInput | undefined = page.cursor && {
    OR: [
      { startDate: { gt: page.cursor.start } },
      { startDate: page.cursor.start, endDate: { gt: page.cursor.end } },
      { startDate: page.cursor.start, endDate: page.cursor.end, slug: { gt: page.cursor.slug } },
    ],
  };
  const [rows, total] = await Promise.all([
    client.event.findMany({ where: after ? { AND: [where, after] } : where, select: eventSelect, orderBy: TIME_ORDER, take: page.limit + 1 }),
    client.event.count({ where }),
  ]);
  const events = rows.slice(0, page.limit).map(toTimelineEvent);
  const last = events.at(-1);
  const nextCursor = rows.length > page.limit && last ? encodeCursor({ start: last.date.start, end: last.date.end, slug: last.slug }) : null;
  return { events, total, nextCursor };
}

export async function getEvent(slug: string, client: Client = db()): Promise<TimelineEvent> {
  const event = await findEvent(slug, client);
  if (!event) throw new NotFoundError("event", slug);
  return event;
}

/** The live event with this slug, or null when there is none, it was deleted, or the slug could not be one. */
export async function findEvent(slug: string, client: Client = db()): Promise<TimelineEvent | null> {
  const found = await resolveEventSlug(slug, client);
  return found?.kind === "live" ? found.event : null;
}

export type ResolvedSlug =
  | { kind: "live"; event: TimelineEvent; version: number }
  | { kind: "moved"; slug: string }
  | { kind: "deleted"; deletedAt: string; title: string };

/** What a permalink points at: the live event, the new slug of a renamed one, or a deleted one. */
export async function resolveEventSlug(slug: string, client: Client = db()): Promise<ResolvedSlug | null> {
  if (!SLUG.test(slug)) return null;
  const row = await client.event.findUnique({ where: { slug }, select: { ...eventSelect, deletedAt: true, version: true } });
  if (row) {
    const { deletedAt, version, ...live } = row;
    return deletedAt ? { kind: "deleted", deletedAt, title: row.title } : { kind: "live", event: toTimelineEvent(live), version };
  }
  const redirect = await client.eventSlugRedirect.findUnique({ where: { slug }, select: { event: { select: { slug: true } } } });
  return redirect ? { kind: "moved", slug: redirect.event.slug } : null;
}

/** The values each filter can take, with how many events carry each. */
export async function getVocabulary(client: Client = db()): Promise<Vocabulary> {
  const { value } = await cachedRead(client, "vocabulary", () => readVocabulary(client));
  return value;
}

async function readVocabulary(client: Client): Promise<Vocabulary> {
  const [countries, topics, actors] = await Promise.all([
    client.country.findMany({ select: { code: true, name: true, _count: { select: { events: true } } }, orderBy: { name: "asc" } }),
    client.topic.findMany({ select: { slug: true, name: true, _count: { select: { events: true } } }, orderBy: { name: "asc" } }),
    client.actor.findMany({ select: { slug: true, name: true, _count: { select: { events: true } } }, orderBy: { name: "asc" } }),
  ]);
  return {
    countries: countries.map(({ _count, ...c }) => ({ ...c, count: _count.events })),
    topics: topics.map(({ _count, ...t }) => ({ ...t, count: _count.events })),
    actors: actors.map(({ _count, ...a }) => ({ ...a, count: _count.events })),
  };
}
