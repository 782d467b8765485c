import { compressibleBody, type CompressibleBody } from "@/lib/api/compressible-body";
import { compareItems, unpackItem, type PackedItem, type TimelineItem } from "@/lib/timeline/items";
import type { TimelineEvent } from "@/lib/domain";
import { serializeFilters, type EventFilters } from "@/lib/url/filters";
import { db } from "./client";
import { eventSelect, toTimelineEvent } from "./event-select";
import { countFiltered, filterPlan, kept, statusWhere } from "./event-where";
import { liveItems } from "./item-store";
import { readItems } from "./read-items";
import { cachedRead } from "./read-cache";

type Client = ReturnType<typeof db>;

/**
 * The filtered events in the compact form the interactive timeline draws, in time order. Without
 * filters they come from the item store, which after a write reads only what changed.
 */
export async function listTimelineItems(filters: EventFilters, client: Client = db()): Promise<PackedItem[]> {
  if (unfiltered(filters)) return (await snapshot(client)).value.packed.slice();
  const plan = await filterPlan(filters, client);
  return (await readItems(client, plan.where, filters.asOf ?? null)).flatMap((row) => (!plan.keep || plan.keep.has(row.id) ? [row.item] : []));
}

export const unfiltered = (filters: EventFilters) => serializeFilters(filters).size === 0;

/** All live events, from the item store, once per data version. */
export const snapshot = (client: Client) => cachedRead(client, "item-snapshot", () => liveItems(client));

/** How many live events carry each country code, topic slug and actor id, kept by the item store. */
export async function liveItemCounts(
  client: Client = db(),
): Promise<{ countries: ReadonlyMap<string, number>; topics: ReadonlyMap<string, number>; actors: ReadonlyMap<number, number> }> {
  const { countries, topics, actors } = (await snapshot(client)).value;
  return { countries, topics, actors };
}

const packedItems = (filters: EventFilters, client: Client) =>
  cachedRead(client, `timeline-items?${serializeFilters(filters)}`, () => listTimelineItems(filters, client));

/**
 * The timeline's items for a filter set as a JSON body, computed once per data version (and gzipped at
 * most once, kept in the same cache entry); the version serves as its ETag.
 */
export async function timelineItemsJson(filters: EventFilters, client: Client = db()): Promise<{ body: CompressibleBody; version: string }> {
  const { value, version } = await cachedRead(client, `timeline-json?${serializeFilters(filters)}`, async () =>
    compressibleBody(unfiltered(filters) ? (await snapshot(client)).value.feed() : JSON.stringify({ items: (await packedItems(filters, client)).value })),
  );
  return { body: value, version };
}

/** Something computed from the filtered items in time order (such as the first frame), cached like them under `key`. */
export async function deriveFromTimelineItems<T>(filters: EventFilters, key: string, derive: (items: TimelineItem[]) => T, client: Client = db()): Promise<T> {
  const { value } = await cachedRead(client, `${key}?${serializeFilters(filters)}`, async () =>
    derive(unfiltered(filters) ? [...(await snapshot(client)).value.items] : (await packedItems(filters, client)).value.map(unpackItem).sort(compareItems)),
  );
  return value;
}

/** How many events the filters select, cached like the items. */
export async function countEvents(filters: EventFilters, client: Client = db()): Promise<number> {
  const { value } = await cachedRead(client, `count?${serializeFilters(filters)}`, async () =>
    unfiltered(filters) ? (await snapshot(client)).value.items.length : countFiltered(filters, client),
  );
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
        where: { AND: [plan.where, { kind: "deadline" }, statusWhere(["due", "planned"], filters.asOf ?? null)] },
        select: { ...eventSelect, id: true },
        orderBy: [{ endDate: "asc" }, { slug: "asc" }],
        // Only the first 50 are wanted, unless some must still be dropped.
        take: plan.keep ? undefined : OPEN_DEADLINES,
      }),
    );
    return rows.slice(0, OPEN_DEADLINES).map((row) => toTimelineEvent(row, filters.asOf ?? null));
  });
  return value;
}
