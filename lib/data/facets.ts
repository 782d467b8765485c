import type { CalendarDate } from "@/lib/dates/calendar-date";
import { statusBeforeSupersession } from "@/lib/targets/event-as-of";
import type { EventStatus } from "@/lib/validation/vocabulary";
import { FACETS, withoutFacet, type Facet, type FacetCounts } from "@/lib/url/facets";
import { serializeFilters, type EventFilters } from "@/lib/url/filters";
import { db } from "./client";
import { filterPlan, kept, LIVE, supersededAfter } from "./event-where";
import type { FacetEntry, ItemSnapshot } from "./item-store";
import { cachedRead } from "./read-cache";
import { snapshot, unfiltered } from "./timeline";

type Client = ReturnType<typeof db>;

/**
 * How many events each country, topic, actor, kind and status would select, each facet counted under
 * every filter but its own (lib/url/facets.ts), once per data version and filter set. The events come
 * from the item store; the database only says which ids the other filters keep, so a text search, a
 * date range and asOf narrow the counts exactly as they narrow the list.
 */
export async function facetCounts(filters: EventFilters, client: Client = db()): Promise<FacetCounts> {
  const { value } = await cachedRead(client, `facets?${serializeFilters(filters)}`, async () => {
    const [{ value: live }, actorSlugs] = await Promise.all([snapshot(client), actorSlugsById(client)]);
    // Facets whose own filter is empty share one set of events: the filters as given.
    const matching = new Map<string, Promise<readonly FacetEntry[]>>();
    const entriesFor = (base: EventFilters) => {
      const key = serializeFilters(base).toString();
      let entries = matching.get(key);
      if (!entries) matching.set(key, (entries = keepMatching(live.entries, base, client)));
      return entries;
    };
    const statusOf = await statusesOn(filters.asOf ?? null, client);
    const counted = await Promise.all(
      FACETS.map(async (facet) => {
        const base = withoutFacet(filters, facet);
        // Without other filters, the store's own counts, kept across writes: no pass over every event.
        if (unfiltered(base)) return [facet, liveCounts(live, facet, actorSlugs)] as const;
        return [facet, countValues(await entriesFor(base), facet, actorSlugs, statusOf)] as const;
      }),
    );
    return Object.fromEntries(counted) as FacetCounts;
  });
  return value;
}

async function keepMatching(entries: readonly FacetEntry[], filters: EventFilters, client: Client): Promise<FacetEntry[]> {
  const plan = await filterPlan(filters, client);
  const ids = new Set(kept(plan, await client.event.findMany({ where: plan.where, select: { id: true } })).map((row) => row.id));
  return entries.filter((entry) => ids.has(entry.id));
}

/** Each event's status as known on `asOf`: the store holds today's, and the few superseded only later read as before (lib/targets/event-as-of.ts). */
async function statusesOn(asOf: CalendarDate | null, client: Client): Promise<(entry: FacetEntry) => EventStatus> {
  if (!asOf) return (entry) => entry.item.status;
  const notYet = new Set((await client.event.findMany({ where: { AND: [LIVE, supersededAfter(asOf)] }, select: { id: true } })).map((row) => row.id));
  return (entry) => (notYet.has(entry.id) ? statusBeforeSupersession(entry.item.kind) : entry.item.status);
}

async function actorSlugsById(client: Client): Promise<ReadonlyMap<number, string>> {
  const { value } = await cachedRead(client, "actor-slugs", async () => new Map((await client.actor.findMany({ select: { id: true, slug: true } })).map((a) => [a.id, a.slug])));
  return value;
}

/** Events per value of one facet among all live events, from the item store's counts. */
function liveCounts(live: ItemSnapshot, facet: Facet, actorSlugs: ReadonlyMap<number, string>): Record<string, number> {
  if (facet === "actor") {
    const counts: Record<string, number> = {};
    for (const [id, count] of live.actors) {
      const slug = actorSlugs.get(id);
      if (slug !== undefined && count > 0) counts[slug] = count;
    }
    return counts;
  }
  const counts = { country: live.countries, topic: live.topics, kind: live.kinds, status: live.statuses }[facet];
  return Object.fromEntries([...counts].filter(([, count]) => count > 0));
}

/** Events per value of one facet among `entries`. */
export function countValues(
  entries: readonly FacetEntry[],
  facet: Facet,
  actorSlugs: ReadonlyMap<number, string>,
  statusOf: (entry: FacetEntry) => EventStatus = (entry) => entry.item.status,
): Record<string, number> {
  const counts: Record<string, number> = {};
  const add = (value: string | undefined) => {
    if (value !== undefined) counts[value] = (counts[value] ?? 0) + 1;
  };
  for (const entry of entries) {
    if (facet === "country") entry.item.countries.forEach(add);
    else if (facet === "topic") entry.item.topics.forEach(add);
    else if (facet === "actor") entry.actors.forEach((id) => add(actorSlugs.get(id)));
    else if (facet === "kind") add(entry.item.kind);
    else add(statusOf(entry));
  }
  return counts;
}
