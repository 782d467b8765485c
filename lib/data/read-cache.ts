import { LRUCache } from "lru-cache";
import type { PrismaClient } from "@/generated/prisma/client";
import { engineSql } from "./engine-sql";
import { estimateBytes } from "./estimate-bytes";

/**
 * Results of expensive reads, kept until the data changes. The engine's data version (SQLite's
 * data_version, PostgreSQL's trigger-bumped version row) moves when another connection commits; writes through this process's own connection call
 * noteWrite(). So a cached answer is always the one a fresh query would give.
 *
 * Bounded in bytes (READ_CACHE_MB, estimated by estimate-bytes.ts), least recently used out first.
 * Searches have a part of their own, an eighth of the bound: a reader trying one `q` after another
 * evicts older searches, never the timeline and pages everyone else reads.
 */
function budgetBytes(): number {
  const megabytes = Number(process.env.READ_CACHE_MB ?? 512);
  if (!Number.isFinite(megabytes) || megabytes <= 0) throw new Error(`READ_CACHE_MB must be a positive number of megabytes, not "${process.env.READ_CACHE_MB}"`);
  return Math.round(megabytes * 1024 * 1024);
}

interface Entry {
  version: string;
  value: unknown;
  bytes: number;
}

interface Caches {
  reads: LRUCache<string, Entry>;
  searches: LRUCache<string, Entry>;
}

const bounded = (maxSize: number) => new LRUCache<string, Entry>({ maxSize, sizeCalculation: (entry) => Math.max(1, entry.bytes) });
// Every cached read's key names its filters (lib/url/filters.ts serializeFilters), so q= marks a search.
const isSearch = (key: string) => /(?:^|[?&])q=/.test(key);

const shared = globalThis as unknown as { policyTimelineReadCaches?: WeakMap<PrismaClient, Caches>; policyTimelineReadsInFlight?: WeakMap<PrismaClient, Map<string, Promise<unknown>>> };
// On globalThis for the same reason as the write count below: one cache for every bundle.
const caches = (shared.policyTimelineReadCaches ??= new WeakMap<PrismaClient, Caches>());
// Reads being computed, by version and key: concurrent misses (50 readers right after a write) wait
// for the one computation instead of each reading 100,000 rows at once, which ran a server out of
// memory in the load test. Written here rather than with lru-cache's fetch(), whose coalescing is by
// key alone and could hand a reader the answer of an older version still in flight.
const pending = (shared.policyTimelineReadsInFlight ??= new WeakMap<PrismaClient, Map<string, Promise<unknown>>>());
// On globalThis, like the client: proxy.ts and the routes are separate bundles with their own copies
// of this module, and a write through a route must reach the proxy's reads too.
const writes = globalThis as unknown as { policyTimelineLocalWrites?: number };

export function noteWrite(): void {
  writes.policyTimelineLocalWrites = (writes.policyTimelineLocalWrites ?? 0) + 1;
}

export async function dataVersion(client: PrismaClient): Promise<string> {
  return engineSql(client).dataVersion(client, writes.policyTimelineLocalWrites ?? 0);
}

/** The value for `key` at the current data version, computed once per version; `version` doubles as an ETag. */
export async function cachedRead<T>(client: PrismaClient, key: string, compute: () => Promise<T>): Promise<{ value: T; version: string }> {
  const version = await dataVersion(client);
  let parts = caches.get(client);
  if (!parts) {
    const budget = budgetBytes();
    caches.set(client, (parts = { reads: bounded(budget - Math.floor(budget / 8)), searches: bounded(Math.floor(budget / 8)) }));
  }
  const cache = isSearch(key) ? parts.searches : parts.reads;
  const hit = cache.get(key);
  if (hit && hit.version === version) return { value: hit.value as T, version };
  let flights = pending.get(client);
  if (!flights) pending.set(client, (flights = new Map()));
  const flight = `${version}\u0000${key}`;
  let computing = flights.get(flight) as Promise<T> | undefined;
  if (!computing) {
    computing = compute().then(
      (value) => {
        flights.delete(flight);
        // A value larger than its part is not kept (lru-cache refuses it): each reader computes it again.
        cache.set(key, { version, value, bytes: estimateBytes(value) });
        return value;
      },
      (error: unknown) => {
        flights.delete(flight);
        throw error;
      },
    );
    flights.set(flight, computing);
  }
  return { value: await computing, version };
}
