import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { createClient } from "@/lib/data/client";
import { loadSeed } from "@/lib/data/seed";
import { readCorpus } from "@/prisma/seed";

/**
 * PostgreSQL for the integration tests: an admin URL (to the `postgres` database of a server) in
 * POLICY_TIMELINE_TEST_POSTGRES makes every test database a fresh PostgreSQL database on it;
 * without it they are SQLite files.
 */
export const TEST_POSTGRES = process.env.POLICY_TIMELINE_TEST_POSTGRES?.trim() || undefined;

/**
 * A real database for one test file, migrated with the committed migrations: a SQLite file in a
 * temporary folder (through the Prisma CLI), or a new PostgreSQL database (through the app's runner).
 * `url` is its DATABASE_URL, for a second connection.
 */
export function createTestDatabase() {
  if (TEST_POSTGRES) return createPostgresTestDatabase(TEST_POSTGRES);
  const dir = mkdtempSync(path.join(os.tmpdir(), "policy-timeline-test-"));
  const url = `file:${path.join(dir, "test.db")}`;
  const env = { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" };
  execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], { env, stdio: "pipe" });
  const client = createClient(env);
  return {
    client,
    url,
    async dispose() {
      await client.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function createPostgresTestDatabase(adminUrl: string) {
  const name = `policy_timeline_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  execFileSync("psql", [adminUrl, "-v", "ON_ERROR_STOP=1", "-q", "-c", `CREATE DATABASE "${name}"`], { stdio: "pipe" });
  const target = new URL(adminUrl);
  target.pathname = `/${name}`;
  const url = target.toString();
  execFileSync(process.execPath, [path.resolve("scripts/migrate-postgres.mjs")], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
  const client = createClient({ ...process.env, DATABASE_URL: url });
  return {
    client,
    url,
    async dispose() {
      await client.$disconnect();
      execFileSync("psql", [adminUrl, "-q", "-c", `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`], { stdio: "pipe" });
    },
  };
}

/** A migrated database loaded with the seed corpus for the tests of one file, dropped after them. */
export function useSeededDatabase(): { readonly client: PrismaClient; readonly url: string } {
  let database: ReturnType<typeof createTestDatabase> | undefined;
  beforeAll(async () => {
    database = createTestDatabase();
    const { seed, texts } = readCorpus();
    await loadSeed(database.client, seed, texts);
  });
  afterAll(async () => {
    await database?.dispose();
  });
  return {
    get client() {
      if (!database) throw new Error("the seeded database is only there inside tests");
      return database.client;
    },
    get url() {
      if (!database) throw new Error("the seeded database is only there inside tests");
      return database.url;
    },
  };
}
