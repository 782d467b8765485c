import type { PrismaClient } from "@/generated/prisma/client";
import { compareItems, unpackItem, type PackedItem, type TimelineItem } from "@/lib/timeline/items";
import { changedEvents, readLogPosition, type LogPosition } from "./change-log";
import { engineSql } from "./engine-sql";
import { IN_LIST_LIMIT, LIVE } from "./event-where";
import { readItems } from "./read-items";

/**
 * Every live event as a timeline item, kept in time order across writes: after a write, only the
 * events the change log names (prisma/migrations/*_event_changes: triggers on events and their
 * country, topic and actor links) are read again, so the first home page after an edit costs a few rows,
 * not 100,000. Reads everything again when the log cannot vouch for the gap (another database, a
 * restore, a log pruned past it, or more changes than one IN list holds).
 */
/** One event in every form the readers want, each made once per change of the event, not per version. */
interface Entry extends FacetEntry {
  item: TimelineItem;
  packed: PackedItem;
  json: Buffer;
}

/** What the filters' counts need of one live event. */
export interface FacetEntry {
  readonly id: number;
  readonly item: TimelineItem;
  /** Ids of its actors (not in the item), for the vocabulary's counts. */
  readonly actors: readonly number[];
}

interface Store {
  epoch: string;
  /** The last change-log row applied. */
  seq: number;
  /** Private to the store, so patched in place. */
  byId: Map<number, Entry>;
  /** In time order, with `items` their items at the same places; never changed once handed out (catchUp patches copies). */
  ordered: Entry[];
  items: TimelineItem[];
  /** Live events per country code and per topic slug, kept with the entries. */
  countries: Map<string, number>;
  topics: Map<string, number>;
  actors: Map<number, number>;
  /** Live events per kind and per status, for the facets' counts without filters. */
  kinds: Map<string, number>;
  statuses: Map<string, number>;
}

/** The live events at one moment, in time order; never changed once made. */
export interface ItemSnapshot {
  readonly items: readonly TimelineItem[];
  readonly packed: readonly PackedItem[];
  readonly countries: ReadonlyMap<string, number>;
  readonly topics: ReadonlyMap<string, number>;
  readonly kinds: ReadonlyMap<string, number>;
  readonly statuses: ReadonlyMap<string, number>;
  /** Live events per actor id. */
  readonly actors: ReadonlyMap<number, number>;
  /** The same events with their ids and actors, in time order. */
  readonly entries: readonly FacetEntry[];
  /** `{"items":[…]}` as UTF-8, the timeline feed, joined from each event's JSON bytes (a third of the time of one stringify of them all). */
  feed(): Buffer<ArrayBuffer>;
}

// On globalThis, like the client and the read cache: the App Router, the Pages API route and proxy.ts
// are separate bundles, each with its own copy of this module, and one store is enough.
const shared = globalThis as unknown as { policyTimelineItemStores?: WeakMap<PrismaClient, Store>; policyTimelineItemRefreshes?: WeakMap<PrismaClient, Promise<ItemSnapshot>> };
const stores = (shared.policyTimelineItemStores ??= new WeakMap<PrismaClient, Store>());
const refreshes = (shared.policyTimelineItemRefreshes ??= new WeakMap<PrismaClient, Promise<ItemSnapshot>>());

/** The live items now; callers cache the answer per data version (cachedRead), which also makes concurrent callers share one refresh. */
export function liveItems(client: PrismaClient): Promise<ItemSnapshot> {
  // One refresh at a time: catchUp patches the store's byId in place, so two at once (the read caches
  // of two data versions computing together while writes come fast) would each splice by the other's
  // entries and drop events that did not change.
  const run = (refreshes.get(client) ?? Promise.resolve()).then(
    () => refresh(client),
    () => refresh(client),
  );
  refreshes.set(client, run);
  return run;
}

async function refresh(client: PrismaClient): Promise<ItemSnapshot> {
  const log = await readLogPosition(client);
  const store = stores.get(client);
  let next: Store;
  try {
    next = store && canCatchUp(store, log) ? await catchUp(client, store, log.last!) : await loadAll(client, log);
  } catch (error) {
    // catchUp patches byId in place: after a failure, start again from a full read.
    stores.delete(client);
    throw error;
  }
  stores.set(client, next);
  const entries = next.ordered;
  let packed: PackedItem[] | undefined;
  return {
    items: next.items,
    get packed() {
      return (packed ??= entries.map((e) => e.packed));
    },
    countries: next.countries,
    topics: next.topics,
    actors: next.actors,
    kinds: next.kinds,
    statuses: next.statuses,
    entries,
    feed: () => {
      const parts: Buffer[] = [FEED_START];
      entries.forEach((e, i) => parts.push(...(i ? [COMMA, e.json] : [e.json])));
      parts.push(FEED_END);
      return Buffer.concat(parts) as Buffer<ArrayBuffer>;
    },
  };
}

const FEED_START = Buffer.from('{"items":[');
const FEED_END = Buffer.from("]}");
const COMMA = Buffer.from(",");

/** The entries of these rows, with their actors read in one query. */
async function entriesOf(client: PrismaClient, rows: { id: number; item: PackedItem }[]): Promise<{ id: number; entry: Entry }[]> {
  const actors = new Map<number, number[]>();
  for (const link of await engineSql(client).eventActors(client, rows.map((r) => r.id))) {
    const event = Number(link.event);
    const list = actors.get(event);
    if (list) list.push(Number(link.actor));
    else actors.set(event, [Number(link.actor)]);
  }
  return rows.map(({ id, item }) => ({ id, entry: { id, item: unpackItem(item), packed: item, json: Buffer.from(JSON.stringify(item), "utf8"), actors: actors.get(id) ?? [] } }));
}

function canCatchUp(store: Store, log: LogPosition): boolean {
  if (log.epoch !== store.epoch || log.last === null || log.first === null) return false;
  // The log must still hold everything after what was applied, and not have gone back (a restore).
  return log.last >= store.seq && log.first <= store.seq + 1;
}

async function loadAll(client: PrismaClient, log: LogPosition): Promise<Store> {
  // The log position is read before the events: a write in between is applied again next time, harmlessly.
  const rows = await entriesOf(client, await readItems(client, LIVE));
  // In this module's order, which catchUp's binary search relies on (PostgreSQL's collation may order slugs differently).
  const ordered = rows.map((r) => r.entry).sort(compareEntries);
  const counts = { countries: new Map<string, number>(), topics: new Map<string, number>(), actors: new Map<number, number>(), kinds: new Map<string, number>(), statuses: new Map<string, number>() };
  for (const entry of ordered) count(counts, entry, 1);
  return { epoch: log.epoch, seq: log.last ?? 0, byId: new Map(rows.map((r) => [r.id, r.entry])), ordered, items: ordered.map((e) => e.item), ...counts };
}

async function catchUp(client: PrismaClient, store: Store, last: number): Promise<Store> {
  if (last === store.seq) return store;
  const ids = await changedEvents(client, store.seq, last, IN_LIST_LIMIT);
  if (!ids) return loadAll(client, { epoch: store.epoch, first: null, last });
  const fresh = new Map((await entriesOf(client, await readItems(client, { AND: [LIVE, { id: { in: ids } }] }))).map((r) => [r.id, r.entry]));
  const { byId } = store;
  const ordered = store.ordered.slice();
  const items = store.items.slice();
  const counts = { countries: new Map(store.countries), topics: new Map(store.topics), actors: new Map(store.actors), kinds: new Map(store.kinds), statuses: new Map(store.statuses) };
  for (const id of ids) {
    const before = byId.get(id);
    if (before) {
      const at = position(ordered, before);
      ordered.splice(at, 1);
      items.splice(at, 1);
      byId.delete(id);
      count(counts, before, -1);
    }
    const after = fresh.get(id);
    if (after) {
      const at = position(ordered, after);
      ordered.splice(at, 0, after);
      items.splice(at, 0, after.item);
      byId.set(id, after);
      count(counts, after, 1);
    }
  }
  return { epoch: store.epoch, seq: last, byId, ordered, items, ...counts };
}

type Counts = Pick<Store, "countries" | "topics" | "actors" | "kinds" | "statuses">;

function count({ countries, topics, actors, kinds, statuses }: Counts, entry: Entry, by: 1 | -1): void {
  for (const code of entry.item.countries) countries.set(code, (countries.get(code) ?? 0) + by);
  for (const slug of entry.item.topics) topics.set(slug, (topics.get(slug) ?? 0) + by);
  for (const id of entry.actors) actors.set(id, (actors.get(id) ?? 0) + by);
  kinds.set(entry.item.kind, (kinds.get(entry.item.kind) ?? 0) + by);
  statuses.set(entry.item.status, (statuses.get(entry.item.status) ?? 0) + by);
}

const compareEntries = (a: Entry, b: Entry) => compareItems(a.item, b.item);

/** Where `entry` is, or would go, in `ordered` (binary search). */
function position(ordered: Entry[], entry: Entry): number {
  let low = 0;
  let high = ordered.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareEntries(ordered[middle], entry) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}
