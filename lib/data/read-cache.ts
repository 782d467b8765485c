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

const caches = new WeakMap<PrismaClient, Map<string, Entry>>();
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
  const value = await compute();
  cache.set(key, { version, value });
  while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return { value, version };
}
