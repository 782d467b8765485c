import type { PrismaClient } from "@/generated/prisma/client";
import { engineSql } from "./engine-sql";

/**
 * Results of expensive reads, kept until the data changes. The engine's data version (SQLite's
 * data_version, PostgreSQL's trigger-bumped version row) moves when another connection commits; writes through this process's own connection call
 * noteWrite(). So a cached answer is always the one a fresh query would give.
 */
const MAX_ENTRIES = 24;

interface Entry {
  version: string;
  value: unknown;
}

const shared = globalThis as unknown as { policyTimelineReadCaches?: WeakMap<PrismaClient, Map<string, Entry>>; policyTimelineReadsInFlight?: WeakMap<PrismaClient, Map<string, Promise<unknown>>> };
// On globalThis for the same reason as the write count below: one cache for every bundle.
const caches = (shared.policyTimelineReadCaches ??= new WeakMap<PrismaClient, Map<string, Entry>>());
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
  let cache = caches.get(client);
  if (!cache) caches.set(client, (cache = new Map()));
  const hit = cache.get(key);
  if (hit && hit.version === version) {
    // Refresh its place in the least-recently-used order.
    cache.delete(key);
    cache.set(key, hit);
    return { value: hit.value as T, version };
  }
  let flights = pending.get(client);
  if (!flights) pending.set(client, (flights = new Map()));
  const flight = `${version}\u0000${key}`;
  let computing = flights.get(flight) as Promise<T> | undefined;
  if (!computing) {
    computing = compute().then(
      (value) => {
        flights.delete(flight);
        cache.set(key, { version, value });
        while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
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
