import type { PrismaClient } from "@/generated/prisma/client";
import { engineOf } from "./client";

/**
 * The queries written for each engine, one twin per engine, behind one interface: everything else
 * goes through Prisma's model API (or its tagged templates, which bind parameters the engine's way).
 */
interface EngineSql {
  /** (event id, country code) links of the given events, ordered by code. */
  eventCountries(client: PrismaClient, ids: number[]): Promise<{ event: number; key: string }[]>;
  /** (event id, topic slug) links of the given events, ordered by slug. */
  eventTopics(client: PrismaClient, ids: number[]): Promise<{ event: number; key: string }[]>;
  /** A value that changes whenever any connection commits a change to the data. */
  dataVersion(client: PrismaClient): Promise<string>;
}

// SQLite: the ids go in as one JSON array (json_each), not as 50,000 bound values past its limit.
const sqlite: EngineSql = {
  eventCountries: (client, ids) =>
    client.$queryRaw`SELECT "B" AS event, "A" AS key FROM "_CountryToEvent" WHERE "B" IN (SELECT value FROM json_each(${JSON.stringify(ids)})) ORDER BY "A"`,
  eventTopics: (client, ids) =>
    client.$queryRaw`SELECT l."A" AS event, t."slug" AS key FROM "_EventToTopic" l JOIN "Topic" t ON t."id" = l."B"
      WHERE l."A" IN (SELECT value FROM json_each(${JSON.stringify(ids)})) ORDER BY t."slug"`,
  async dataVersion(client) {
    const [row] = await client.$queryRawUnsafe<{ data_version: bigint | number }[]>("PRAGMA data_version");
    return String(row.data_version);
  },
};

// PostgreSQL: the ids as one int[] parameter; the data version is the row that triggers on every table
// bump (prisma/postgres/migrations), so a write through any process or tool is seen.
const postgres: EngineSql = {
  eventCountries: (client, ids) =>
    client.$queryRaw`SELECT "B" AS event, "A" AS key FROM "_CountryToEvent" WHERE "B" = ANY(${ids}::int[]) ORDER BY "A"`,
  eventTopics: (client, ids) =>
    client.$queryRaw`SELECT l."A" AS event, t."slug" AS key FROM "_EventToTopic" l JOIN "Topic" t ON t."id" = l."B"
      WHERE l."A" = ANY(${ids}::int[]) ORDER BY t."slug"`,
  async dataVersion(client) {
    const [row] = await client.$queryRaw<{ version: bigint | number }[]>`SELECT "version" FROM "_policy_timeline_data_version" WHERE "id" = 1`;
    return String(row.version);
  },
};

export function engineSql(client: PrismaClient): EngineSql {
  return engineOf(client) === "postgresql" ? postgres : sqlite;
}
