import type { PrismaClient } from "@/generated/prisma/client";
import { randomBytes } from "node:crypto";
import { engineOf } from "./client";

const BOOT = randomBytes(4).toString("hex");

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
  /**
   * A value that changes whenever any connection commits a change to the data, and never repeats one
   * given before (after a restart, a reseed or a restore): it is the read caches' key and the ETag.
   * `localWrites` counts this process's own writes, which SQLite's data_version does not see.
   */
  dataVersion(client: PrismaClient, localWrites: number): Promise<string>;
}

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
  // data_version counts other connections' commits since this connection opened, so it starts again
  // at every start of the process: the boot id keeps versions of different runs apart.
  async dataVersion(client, localWrites) {
    const [row] = await client.$queryRawUnsafe<{ data_version: bigint | number }[]>("PRAGMA data_version");
    return `${BOOT}.${row.data_version}.${localWrites}`;
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
  // The same on every instance (no boot id, no local count): a write through any of them moves the
  // row inside its own transaction, and ETags stay shared behind a load balancer.
  async dataVersion(client) {
    const [row] = await client.$queryRaw<{ version: bigint | number; xid: bigint | number }[]>`SELECT "version", "xid" FROM "_policy_timeline_data_version" WHERE "id" = 1`;
    return `${row.xid}.${row.version}`;
  },
};

export function engineSql(client: PrismaClient): EngineSql {
  return engineOf(client) === "postgresql" ? postgres : sqlite;
}
