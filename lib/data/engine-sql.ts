import type { PrismaClient } from "@/generated/prisma/client";
import { randomBytes } from "node:crypto";
import { fts5Expression, MARK_END, MARK_START, tsqueryExpression } from "@/lib/search/query";
import { engineOf } from "./client";

// One per process, on globalThis: the App Router, the Pages API route and proxy.ts are separate bundles
// with their own copies of this module, and must agree on the version (they share the read cache).
const boot = globalThis as unknown as { policyTimelineBoot?: string };
const BOOT = (boot.policyTimelineBoot ??= randomBytes(4).toString("hex"));

/**
 * The queries written for each engine, one twin per engine, behind one interface: everything else
 * goes through Prisma's model API (or its tagged templates, which bind parameters the engine's way).
 */
type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
type Queryable = PrismaClient | Tx;
export type ColumnType = "text" | "int";
type Cell = string | number | null;

interface EngineSql {
  /**
   * Inserts many rows into one table in as few statements as the engine allows, for bulk loads:
   * Prisma's createMany spends most of a 100,000-event load building its queries. With `returning`,
   * answers those columns of every inserted row (in no promised order).
   */
  insertRows(db: Queryable, table: string, columns: readonly (readonly [string, ColumnType])[], rows: readonly Cell[][], returning?: readonly string[]): Promise<Record<string, unknown>[]>;
  /** (event id, country code) links of the given events, ordered by code. */
  eventCountries(client: PrismaClient, ids: number[]): Promise<{ event: number; key: string }[]>;
  /** (event id, topic slug) links of the given events, ordered by slug. */
  eventTopics(client: PrismaClient, ids: number[]): Promise<{ event: number; key: string }[]>;
  /** (event id, actor id) links of the given events. */
  eventActors(client: PrismaClient, ids: number[]): Promise<{ event: number; actor: number }[]>;
  /**
   * A value that changes whenever any connection commits a change to the data, and never repeats one
   * given before (after a restart, a reseed or a restore): it is the read caches' key and the ETag.
   * `localWrites` counts this process's own writes, which SQLite's data_version does not see.
   */
  dataVersion(client: PrismaClient, localWrites: number): Promise<string>;
  /**
   * Rewrites the search index rows of these events (all events with null) from what is stored: title,
   * summary, quotes, actor names and aliases, country and topic names. Deleted events leave the index.
   * Called inside every write transaction that changes any of those, so the index never lags.
   */
  refreshSearch(db: Queryable, eventIds: readonly number[] | null): Promise<void>;
  /** Ids of the indexed events matching every word (as a prefix, stemmed, accents folded), best first. */
  searchEvents(client: PrismaClient, words: readonly string[]): Promise<number[]>;
  /** For each given event, its best passage for the words, matched words between MARK_START and MARK_END. */
  searchSnippets(client: PrismaClient, words: readonly string[], eventIds: readonly number[]): Promise<{ id: number; snippet: string }[]>;
}

/**
 * One event's search document, as SQL for both engines (`agg` is group_concat or string_agg):
 * names are each actor with its aliases, then countries, then topics; quotes in citation order.
 */
const searchDocument = (agg: "group_concat" | "string_agg") => `
  SELECT e."id", e."title", e."summary",
    concat_ws(' · ',
      (SELECT ${agg}(a."name" || coalesce(' ' || (SELECT ${agg}(al."alias", ' ') FROM "ActorAlias" al WHERE al."actorId" = a."id"), ''), ' · ')
         FROM "_ActorToEvent" l JOIN "Actor" a ON a."id" = l."A" WHERE l."B" = e."id"),
      (SELECT ${agg}(c."name", ' · ') FROM "_CountryToEvent" l JOIN "Country" c ON c."code" = l."A" WHERE l."B" = e."id"),
      (SELECT ${agg}(t."name", ' · ') FROM "_EventToTopic" l JOIN "Topic" t ON t."id" = l."B" WHERE l."A" = e."id")) AS "names",
    coalesce((SELECT ${agg}(ci."quote", ' … ') FROM (SELECT "quote" FROM "Citation" WHERE "eventId" = e."id" ORDER BY "position") ci), '') AS "quotes"
  FROM "Event" e WHERE e."deletedAt" IS NULL`;

// Title first, then names, summary, quotes: a hit in the title counts most.
const SQLITE_WEIGHTS = "10.0, 6.0, 3.0, 1.0";
const SNIPPET_WORDS = 24;

const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(", ");

// SQLite: the ids go in as one JSON array (json_each), not as 50,000 bound values past its limit;
// inserts are multi-row VALUES lists kept under its 32,766 bound values.
const sqlite: EngineSql = {
  async insertRows(db, table, columns, rows, returning) {
    const out: Record<string, unknown>[] = [];
    const perStatement = Math.max(1, Math.min(1000, Math.floor(32_000 / columns.length)));
    const row = `(${columns.map(() => "?").join(", ")})`;
    for (let from = 0; from < rows.length; from += perStatement) {
      const chunk = rows.slice(from, from + perStatement);
      const sql = `INSERT INTO "${table}" (${quoted(columns.map((c) => c[0]))}) VALUES ${chunk.map(() => row).join(", ")}${returning ? ` RETURNING ${quoted(returning)}` : ""}`;
      if (returning) out.push(...(await db.$queryRawUnsafe<Record<string, unknown>[]>(sql, ...chunk.flat())));
      else await db.$executeRawUnsafe(sql, ...chunk.flat());
    }
    return out;
  },
  eventCountries: (client, ids) =>
    client.$queryRaw`SELECT "B" AS event, "A" AS key FROM "_CountryToEvent" WHERE "B" IN (SELECT value FROM json_each(${JSON.stringify(ids)})) ORDER BY "A"`,
  eventTopics: (client, ids) =>
    client.$queryRaw`SELECT l."A" AS event, t."slug" AS key FROM "_EventToTopic" l JOIN "Topic" t ON t."id" = l."B"
      WHERE l."A" IN (SELECT value FROM json_each(${JSON.stringify(ids)})) ORDER BY t."slug"`,
  eventActors: (client, ids) => client.$queryRaw`SELECT "B" AS event, "A" AS actor FROM "_ActorToEvent" WHERE "B" IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`,
  // data_version counts other connections' commits since this connection opened, so it starts again
  // at every start of the process: the boot id keeps versions of different runs apart.
  async dataVersion(client, localWrites) {
    const [row] = await client.$queryRawUnsafe<{ data_version: bigint | number }[]>("PRAGMA data_version");
    return `${BOOT}.${row.data_version}.${localWrites}`;
  },
  async refreshSearch(db, eventIds) {
    const only = eventIds ? ` WHERE rowid IN (SELECT value FROM json_each(?))` : "";
    const ids = eventIds ? [JSON.stringify(eventIds)] : [];
    await db.$executeRawUnsafe(`DELETE FROM "EventSearch"${only}`, ...ids);
    await db.$executeRawUnsafe(
      `INSERT INTO "EventSearch" (rowid, "title", "names", "summary", "quotes")
       SELECT d."id", d."title", d."names", d."summary", d."quotes" FROM (${searchDocument("group_concat")}${eventIds ? ` AND e."id" IN (SELECT value FROM json_each(?))` : ""}) d`,
      ...ids,
    );
  },
  async searchEvents(client, words) {
    const rows = await client.$queryRawUnsafe<{ id: bigint | number }[]>(
      `SELECT rowid AS id FROM "EventSearch" WHERE "EventSearch" MATCH ? ORDER BY bm25("EventSearch", ${SQLITE_WEIGHTS}), rowid`,
      fts5Expression(words),
    );
    return rows.map((r) => Number(r.id));
  },
  async searchSnippets(client, words, eventIds) {
    const rows = await client.$queryRawUnsafe<{ id: bigint | number; snippet: string }[]>(
      `SELECT rowid AS id, snippet("EventSearch", -1, ?, ?, '…', ${SNIPPET_WORDS}) AS snippet FROM "EventSearch"
       WHERE "EventSearch" MATCH ? AND rowid IN (SELECT value FROM json_each(?))`,
      MARK_START,
      MARK_END,
      fts5Expression(words),
      JSON.stringify(eventIds),
    );
    return rows.map((r) => ({ id: Number(r.id), snippet: r.snippet }));
  },
};

// PostgreSQL: the ids as one int[] parameter; the data version is the row that triggers on every table
// bump (prisma/postgres/migrations), so a write through any process or tool is seen.
// Inserts are one array parameter per column, unnested: 10,000 rows a statement, whatever their width.
const postgres: EngineSql = {
  async insertRows(db, table, columns, rows, returning) {
    const out: Record<string, unknown>[] = [];
    const arrays = columns.map(([, type], i) => `$${i + 1}::${type === "int" ? "int" : "text"}[]`);
    const sql = `INSERT INTO "${table}" (${quoted(columns.map((c) => c[0]))}) SELECT * FROM unnest(${arrays.join(", ")})${returning ? ` RETURNING ${quoted(returning)}` : ""}`;
    for (let from = 0; from < rows.length; from += 10_000) {
      const chunk = rows.slice(from, from + 10_000);
      const values = columns.map((_, i) => chunk.map((r) => r[i]));
      if (returning) out.push(...(await db.$queryRawUnsafe<Record<string, unknown>[]>(sql, ...values)));
      else await db.$executeRawUnsafe(sql, ...values);
    }
    return out;
  },
  eventCountries: (client, ids) =>
    client.$queryRaw`SELECT "B" AS event, "A" AS key FROM "_CountryToEvent" WHERE "B" = ANY(${ids}::int[]) ORDER BY "A"`,
  eventTopics: (client, ids) =>
    client.$queryRaw`SELECT l."A" AS event, t."slug" AS key FROM "_EventToTopic" l JOIN "Topic" t ON t."id" = l."B"
      WHERE l."A" = ANY(${ids}::int[]) ORDER BY t."slug"`,
  eventActors: (client, ids) => client.$queryRaw`SELECT "B" AS event, "A" AS actor FROM "_ActorToEvent" WHERE "B" = ANY(${ids}::int[])`,
  // The same on every instance (no boot id, no local count): a write through any of them moves the
  // row inside its own transaction, and ETags stay shared behind a load balancer.
  async dataVersion(client) {
    const [row] = await client.$queryRaw<{ version: bigint | number; xid: bigint | number }[]>`SELECT "version", "xid" FROM "_policy_timeline_data_version" WHERE "id" = 1`;
    return `${row.xid}.${row.version}`;
  },
  async refreshSearch(db, eventIds) {
    const ids = eventIds ? [eventIds] : [];
    await db.$executeRawUnsafe(`DELETE FROM "EventSearch"${eventIds ? ` WHERE "eventId" = ANY($1::int[])` : ""}`, ...ids);
    await db.$executeRawUnsafe(
      `INSERT INTO "EventSearch" ("eventId", "title", "names", "summary", "quotes", "document")
       SELECT d."id", d."title", d."names", d."summary", d."quotes",
         setweight(to_tsvector('policy_search', d."title"), 'A') || setweight(to_tsvector('policy_search', d."names"), 'B')
           || setweight(to_tsvector('policy_search', d."summary"), 'C') || setweight(to_tsvector('policy_search', d."quotes"), 'D')
       FROM (${searchDocument("string_agg")}${eventIds ? ` AND e."id" = ANY($1::int[])` : ""}) d`,
      ...ids,
    );
  },
  async searchEvents(client, words) {
    const rows = await client.$queryRawUnsafe<{ id: number }[]>(
      `SELECT s."eventId" AS id FROM "EventSearch" s, to_tsquery('policy_search', $1) q
       WHERE s."document" @@ q ORDER BY ts_rank(s."document", q) DESC, s."eventId"`,
      tsqueryExpression(words),
    );
    return rows.map((r) => Number(r.id));
  },
  async searchSnippets(client, words, eventIds) {
    const rows = await client.$queryRawUnsafe<{ id: number; snippet: string }[]>(
      `SELECT s."eventId" AS id, ts_headline('policy_search', concat_ws(' — ', s."title", s."summary", s."quotes", s."names"), q, $2) AS snippet
       FROM "EventSearch" s, to_tsquery('policy_search', $1) q WHERE s."eventId" = ANY($3::int[])`,
      tsqueryExpression(words),
      `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=${SNIPPET_WORDS / 2}, MinWords=6, MaxFragments=2, FragmentDelimiter=" … "`,
      eventIds,
    );
    return rows.map((r) => ({ id: Number(r.id), snippet: r.snippet }));
  },
};

export function engineSql(client: Queryable): EngineSql {
  return engineOf(client) === "postgresql" ? postgres : sqlite;
}
