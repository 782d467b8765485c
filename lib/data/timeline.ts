import type { Prisma } from "@/generated/prisma/client";
import { compressibleBody, type CompressibleBody } from "@/lib/api/compressible-body";
import { compareItems, packItem, toTimelineItem, unpackItem, type PackedItem, type TimelineItem } from "@/lib/timeline/items";
import type { Precision } from "@/lib/dates/precision";
import type { TimelineEvent } from "@/lib/domain";
import { serializeFilters, type EventFilters } from "@/lib/url/filters";
import type { EventKind, EventStatus } from "@/lib/validation/vocabulary";
import { db } from "./client";
import { engineSql } from "./engine-sql";
import { eventHeadSelect, eventSelect, toTimelineEvent } from "./event-select";
import { countFiltered, filterPlan, kept, TIME_ORDER } from "./event-where";
import { cachedRead } from "./read-cache";

type Client = ReturnType<typeof db>;

const timelineItemSelect = {
  id: true,
  ...eventHeadSelect,
} satisfies Prisma.EventSelect;

/**
 * The filtered events in the compact form the interactive timeline draws. Countries and topics are
 * read from the link tables in two flat queries rather than through Prisma's relation loading,
 * which at 50,000 events is twice as slow and must be paged.
 */
export async function listTimelineItems(filters: EventFilters, client: Client = db()): Promise<PackedItem[]> {
  const plan = await filterPlan(filters, client);
  const rows = kept(plan, await client.event.findMany({ where: plan.where, select: timelineItemSelect, orderBy: TIME_ORDER }));
  const ids = rows.map((r) => r.id);
  const sql = engineSql(client);
  const [countryLinks, topicLinks] = await Promise.all([sql.eventCountries(client, ids), sql.eventTopics(client, ids)]);
  const countries = groupKeys(countryLinks);
  const topics = groupKeys(topicLinks);
  return rows.map((row) =>
    packItem(
      toTimelineItem({
        slug: row.slug,
        title: row.title,
        kind: row.kind as EventKind,
        status: row.status as EventStatus,
        date: { start: row.startDate, end: row.endDate, precision: row.precision as Precision, label: row.dateLabel },
        countries: (countries.get(row.id) ?? []).map((code) => ({ code })),
        topics: (topics.get(row.id) ?? []).map((slug) => ({ slug })),
      }),
    ),
  );
}

function groupKeys(links: { event: number; key: string }[]): Map<number, string[]> {
  const byEvent = new Map<number, string[]>();
  for (const { event, key } of links) {
    const id = Number(event);
    const keys = byEvent.get(id);
    if (keys) keys.push(key);
    else byEvent.set(id, [key]);
  }
  return byEvent;
}

const packedItems = (filters: EventFilters, client: Client) =>
  cachedRead(client, `timeline-items?${serializeFilters(filters)}`, () => listTimelineItems(filters, client));

/**
 * The timeline's items for a filter set as a JSON body, computed once per data version (and gzipped at
 * most once, kept in the same cache entry); the version serves as its ETag.
 */
export async function timelineItemsJson(filters: EventFilters, client: Client = db()): Promise<{ body: CompressibleBody; version: string }> {
  const { value, version } = await cachedRead(client, `timeline-json?${serializeFilters(filters)}`, async () =>
    compressibleBody(JSON.stringify({ items: (await packedItems(filters, client)).value })),
  );
  return { body: value, version };
}

/** Something computed from the filtered items in time order (such as the first frame), cached like them under `key`. */
export async function deriveFromTimelineItems<T>(filters: EventFilters, key: string, derive: (items: TimelineItem[]) => T, client: Client = db()): Promise<T> {
  const { value } = await cachedRead(client, `${key}?${serializeFilters(filters)}`, async () =>
    derive((await packedItems(filters, client)).value.map(unpackItem).sort(compareItems)),
  );
  return value;
}

/** How many events the filters select, cached like the items. */
export async function countEvents(filters: EventFilters, client: Client = db()): Promise<number> {
  const { value } = await cachedRead(client, `count?${serializeFilters(filters)}`, () => countFiltered(filters, client));
  return value;
}

const OPEN_DEADLINES = 50;

/** Open deadlines (due or planned) among the filtered events, the 50 due soonest. */
export async function listOpenDeadlines(filters: EventFilters, client: Client = db()): Promise<TimelineEvent[]> {
  // Every home page shows them; the query cost 27 ms a request at 10k events, so once per data version.
  const { value } = await cachedRead(client, `open-deadlines?${serializeFilters(filters)}`, async () => {
    const plan = await filterPlan(filters, client);
    const rows = kept(
      plan,
      await client.event.findMany({
        where: { AND: [plan.where, { kind: "deadline", status: { in: ["due", "planned"] } }] },
        select: { ...eventSelect, id: true },
        orderBy: [{ endDate: "asc" }, { slug: "asc" }],
        // Only the first 50 are wanted, unless some must still be dropped.
        take: plan.keep ? undefined : OPEN_DEADLINES,
      }),
    );
    return rows.slice(0, OPEN_DEADLINES).map(toTimelineEvent);
  });
  return value;
}
