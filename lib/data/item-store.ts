import type { PrismaClient } from "@/generated/prisma/client";
import type { PackedItem } from "@/lib/timeline/items";
import { IN_LIST_LIMIT, LIVE } from "./event-where";
import { readItems } from "./read-items";

/**
 * Every live event as a timeline item, kept in time order across writes: after a write, only the
 * events the change log names (prisma/migrations/*_event_changes: triggers on events and their
 * country and topic links) are read again, so the first home page after an edit costs a few rows,
 * not 100,000. Reads everything again when the log cannot vouch for the gap (another database, a
 * restore, or more changes than one IN list holds).
 */
interface Store {
  epoch: string;
  /** The last change-log row applied. */
  seq: number;
  byId: Map<number, PackedItem>;
  ordered: PackedItem[];
}

const stores = new WeakMap<PrismaClient, Store>();

/** The live items now; callers cache the answer per data version (cachedRead), which also makes concurrent callers share one refresh. */
export async function liveItems(client: PrismaClient): Promise<PackedItem[]> {
  const log = await readLog(client);
  const store = stores.get(client);
  const next = store && canCatchUp(store, log) ? await catchUp(client, store, log.last!) : await loadAll(client, log);
  stores.set(client, next);
  // Never changed once stored (catchUp patches a copy), so callers may keep it.
  return next.ordered;
}

interface Log {
  epoch: string;
  first: number | null;
  last: number | null;
}

async function readLog(client: PrismaClient): Promise<Log> {
  const [row] = await client.$queryRaw<{ epoch: string; first: bigint | number | null; last: bigint | number | null }[]>`
    SELECT (SELECT "epoch" FROM "_policy_timeline_log_epoch" WHERE "id" = 1) AS "epoch",
           (SELECT min("seq") FROM "_policy_timeline_event_changes") AS "first",
           (SELECT max("seq") FROM "_policy_timeline_event_changes") AS "last"`;
  return { epoch: row.epoch, first: row.first === null ? null : Number(row.first), last: row.last === null ? null : Number(row.last) };
}

function canCatchUp(store: Store, log: Log): boolean {
  if (log.epoch !== store.epoch || log.last === null || log.first === null) return false;
  // The log must still hold everything after what was applied, and not have gone back (a restore).
  return log.last >= store.seq && log.first <= store.seq + 1;
}

async function loadAll(client: PrismaClient, log: Log): Promise<Store> {
  // The log position is read before the events: a write in between is applied again next time, harmlessly.
  const rows = await readItems(client, LIVE);
  // In this module's order, which catchUp's binary search relies on (PostgreSQL's collation may order slugs differently).
  const ordered = rows.map((r) => r.item).sort(comparePacked);
  return { epoch: log.epoch, seq: log.last ?? 0, byId: new Map(rows.map((r) => [r.id, r.item])), ordered };
}

async function catchUp(client: PrismaClient, store: Store, last: number): Promise<Store> {
  if (last === store.seq) return store;
  const changed = await client.$queryRaw<{ id: bigint | number }[]>`
    SELECT DISTINCT "eventId" AS "id" FROM "_policy_timeline_event_changes" WHERE "seq" > ${store.seq} AND "seq" <= ${last} LIMIT ${IN_LIST_LIMIT + 1}`;
  if (changed.length > IN_LIST_LIMIT) return loadAll(client, { epoch: store.epoch, first: null, last });
  const ids = changed.map((r) => Number(r.id));
  const fresh = new Map((await readItems(client, { AND: [LIVE, { id: { in: ids } }] })).map((r) => [r.id, r.item]));
  const byId = new Map(store.byId);
  const ordered = store.ordered.slice();
  for (const id of ids) {
    const before = byId.get(id);
    if (before) {
      ordered.splice(position(ordered, before), 1);
      byId.delete(id);
    }
    const after = fresh.get(id);
    if (after) {
      ordered.splice(position(ordered, after), 0, after);
      byId.set(id, after);
    }
  }
  return { epoch: store.epoch, seq: last, byId, ordered };
}

/** Time order of packed items (start, end, slug), as the query's TIME_ORDER. */
export function comparePacked(a: PackedItem, b: PackedItem): number {
  return a[3] - b[3] || a[4] - b[4] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
}

/** Where `item` is, or would go, in `ordered` (binary search). */
function position(ordered: PackedItem[], item: PackedItem): number {
  let low = 0;
  let high = ordered.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (comparePacked(ordered[middle], item) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}
