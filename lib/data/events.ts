import type { Prisma } from "@/generated/prisma/client";
import { compressibleBody, type CompressibleBody } from "@/lib/api/compressible-body";
import type { CalendarDate } from "@/lib/dates/calendar-date";
import type { TimelineEvent, Vocabulary } from "@/lib/domain";
import { searchWords, snippetParts, type SnippetPart } from "@/lib/search/query";
import { serializeFilters, type EventFilters } from "@/lib/url/filters";
import { SLUG } from "@/lib/validation/vocabulary";
import { encodeCursor, isRankCursor, type PageCursor } from "@/lib/url/page-cursor";
import { db } from "./client";
import { engineSql } from "./engine-sql";
import { InvalidInputError, NotFoundError } from "./errors";
import { countFiltered, filterPlan, inChunks, kept, rankedMatches, TIME_ORDER } from "./event-where";
import { readAllPages } from "./pages";
import { countEvents, liveItemCounts } from "./timeline";
import { cachedRead } from "./read-cache";
import { eventSelect, toTimelineEvent } from "./event-select";

type Client = ReturnType<typeof db>;

/** Every filtered event in time order. */
export async function listEvents(filters: EventFilters, client: Client = db(), page: { limit?: number } = {}): Promise<{ events: TimelineEvent[]; total: number }> {
  const plan = await filterPlan(filters, client);
  const select = { ...eventSelect, id: true };
  const [rows, total] = await Promise.all([
    readAllPages((skip, take) => client.event.findMany({ where: plan.where, select, orderBy: TIME_ORDER, skip, take }), plan.keep ? Infinity : page.limit),
    countFiltered(filters, client),
  ]);
  return { events: kept(plan, rows).slice(0, page.limit).map((row) => toTimelineEvent(row, filters.asOf ?? null)), total };
}

/** A page as the JSON body the API sends, made once per data version; the version doubles as its ETag. */
export async function eventPageJson(filters: EventFilters, page: { limit: number; cursor?: PageCursor }, client: Client = db()): Promise<{ body: CompressibleBody; version: string }> {
  const key = `page-json?${serializeFilters(filters)}&limit=${page.limit}${page.cursor ? `&cursor=${encodeCursor(page.cursor)}` : ""}`;
  const { value, version } = await cachedRead(client, key, async () => compressibleBody(JSON.stringify(await listEventPage(filters, page, client))));
  return { body: value, version };
}

/** An event in a list; a search hit also carries the passage that matched, its matched words marked. */
export type ListedEvent = TimelineEvent & { snippet?: SnippetPart[] };

/**
 * One page of the filtered events after `cursor`, with the total and the cursor of the next page. In
 * time order (keyset paging: stable while events are added or removed elsewhere in the order), or
 * with a text search best match first, each hit with its snippet.
 */
export async function listEventPage(
  filters: EventFilters,
  page: { limit: number; cursor?: PageCursor },
  client: Client = db(),
): Promise<{ events: ListedEvent[]; total: number; nextCursor: string | null }> {
  if (page.cursor && isRankCursor(page.cursor) !== Boolean(filters.q)) {
    throw new InvalidInputError("This cursor belongs to another query", [
      { parameter: "cursor", value: encodeCursor(page.cursor), message: "cursor must be the nextCursor of this same query (q included)" },
    ]);
  }
  // Pages are read again and again (a shared link, a reader paging back): once per data version.
  const key = `page?${serializeFilters(filters)}&limit=${page.limit}${page.cursor ? `&cursor=${encodeCursor(page.cursor)}` : ""}`;
  const { value } = await cachedRead(client, key, () => (filters.q ? searchPage(filters, page, client) : timePage(filters, page, client)));
  return value;
}

async function timePage(filters: EventFilters, page: { limit: number; cursor?: PageCursor }, client: Client) {
  const { where } = await filterPlan(filters, client);
  const cursor = page.cursor && !isRankCursor(page.cursor) ? page.cursor : undefined;
  const after: Prisma.EventWhereInput | undefined = cursor && {
    OR: [
      { startDate: { gt: cursor.start } },
      { startDate: cursor.start, endDate: { gt: cursor.end } },
      { startDate: cursor.start, endDate: cursor.end, slug: { gt: cursor.slug } },
    ],
  };
  const [rows, total] = await Promise.all([
    client.event.findMany({ where: after ? { AND: [where, after] } : where, select: eventSelect, orderBy: TIME_ORDER, take: page.limit + 1 }),
    // The page's own count, cached once per version for every page size and cursor (and, unfiltered,
    // the item store's length: no count of 100,000 rows after each write).
    countEvents(filters, client),
  ]);
  const events = rows.slice(0, page.limit).map((row) => toTimelineEvent(row, filters.asOf ?? null));
  const last = events.at(-1);
  const nextCursor = rows.length > page.limit && last ? encodeCursor({ start: last.date.start, end: last.date.end, slug: last.slug }) : null;
  return { events, total, nextCursor };
}

async function searchPage(filters: EventFilters, page: { limit: number; cursor?: PageCursor }, client: Client) {
  const ids = await rankedMatches(filters, client);
  const cursor = page.cursor && isRankCursor(page.cursor) ? page.cursor : undefined;
  // After the last hit shown, wherever it now ranks; if it no longer matches, after its old place.
  const from = cursor ? (ids.indexOf(cursor.id) >= 0 ? ids.indexOf(cursor.id) + 1 : cursor.position + 1) : 0;
  const pageIds = ids.slice(from, from + page.limit);
  const [rows, snippets] = await Promise.all([
    Promise.all(inChunks(pageIds).map((part) => client.event.findMany({ where: { id: { in: part } }, select: { ...eventSelect, id: true } }))).then((parts) => parts.flat()),
    pageIds.length ? engineSql(client).searchSnippets(client, searchWords(filters.q ?? ""), pageIds) : [],
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const snippetOf = new Map(snippets.map((s) => [s.id, snippetParts(s.snippet)]));
  const events = pageIds.flatMap((id) => {
    const row = byId.get(id);
    return row ? [{ ...toTimelineEvent(row, filters.asOf ?? null), snippet: snippetOf.get(id) ?? [] }] : [];
  });
  const end = from + pageIds.length;
  const nextCursor = end < ids.length && pageIds.length ? encodeCursor({ position: end - 1, id: pageIds.at(-1)! }) : null;
  return { events, total: ids.length, nextCursor };
}

export async function getEvent(slug: string, client: Client = db()): Promise<TimelineEvent> {
  const event = await findEvent(slug, client);
  if (!event) throw new NotFoundError("event", slug);
  return event;
}

/** The live event with this slug (as known on `asOf`, null: today), or null when there is none, it was deleted, or the slug could not be one. */
export async function findEvent(slug: string, client: Client = db(), asOf: CalendarDate | null = null): Promise<TimelineEvent | null> {
  const found = await resolveEventSlug(slug, client, asOf);
  return found?.kind === "live" ? found.event : null;
}

export type ResolvedSlug =
  | { kind: "live"; event: TimelineEvent; version: number }
  | { kind: "moved"; slug: string }
  | { kind: "deleted"; deletedAt: string; title: string };

/** What a permalink points at: the live event (as known on `asOf`, null: today), the new slug of a renamed one, or a deleted one. */
export async function resolveEventSlug(slug: string, client: Client = db(), asOf: CalendarDate | null = null): Promise<ResolvedSlug | null> {
  if (!SLUG.test(slug)) return null;
  const row = await client.event.findUnique({ where: { slug }, select: { ...eventSelect, deletedAt: true, version: true } });
  if (row) {
    const { deletedAt, version, ...live } = row;
    return deletedAt ? { kind: "deleted", deletedAt, title: row.title } : { kind: "live", event: toTimelineEvent(live, asOf), version };
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
  // The counts come from the timeline's item store, kept across writes.
  const [countries, topics, actors, counts] = await Promise.all([
    client.country.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } }),
    client.topic.findMany({ select: { slug: true, name: true }, orderBy: { name: "asc" } }),
    client.actor.findMany({ select: { id: true, slug: true, name: true, aliases: { select: { alias: true }, orderBy: { alias: "asc" } } }, orderBy: { name: "asc" } }),
    liveItemCounts(client),
  ]);
  return {
    countries: countries.map((c) => ({ ...c, count: counts.countries.get(c.code) ?? 0 })),
    topics: topics.map((t) => ({ ...t, count: counts.topics.get(t.slug) ?? 0 })),
    actors: actors.map(({ id, aliases, ...a }) => ({ ...a, aliases: aliases.map((x) => x.alias), count: counts.actors.get(id) ?? 0 })),
  };
}
