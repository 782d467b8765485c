// Applies prisma/postgres/migrations to the PostgreSQL database in DATABASE_URL: each migration's SQL
// in one transaction, recorded in "_policy_timeline_migrations", under an advisory lock so that several
// app instances starting together migrate once. `prisma migrate deploy` is not used on PostgreSQL:
// through @prisma/adapter-pg 6.19 it fails on the `name` type (prisma/orm#27403) and it splits scripts
// on every ";", which breaks function bodies.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const folder = path.join(root, "prisma", "postgres", "migrations");
const LOCK = 7_305_113; // any constant: one advisory lock for this app's migrations

export async function migratePostgres(connectionString, log = console.log) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS "_policy_timeline_migrations" ("name" TEXT PRIMARY KEY, "appliedAt" TIMESTAMPTZ NOT NULL DEFAULT now())');
    const applied = new Set((await client.query('SELECT "name" FROM "_policy_timeline_migrations"')).rows.map((r) => r.name));
    const pending = readdirSync(folder, { withFileTypes: true }).filter((d) => d.isDirectory() && !applied.has(d.name)).map((d) => d.name).sort();
    for (const name of pending) {
      const sql = readFileSync(path.join(folder, name, "migration.sql"), "utf8");
      await client.query("BEGIN");
      try {
        await client.query(sql);
        await client.query('INSERT INTO "_policy_timeline_migrations" ("name") VALUES ($1)', [name]);
        await client.query("COMMIT");
        log(`  applied ${name}`);
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`migration ${name} failed, nothing of it was applied: ${error.message}`);
      }
    }
    if (!pending.length) log("  no pending migrations");
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK]).catch(() => {});
    await client.end();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const url = process.env.DATABASE_URL;
  if (!url || !/^postgres(ql)?:\/\//.test(url)) {
    console.error("✗ DATABASE_URL must be a postgresql:// URL");
    process.exit(1);
  }
  migratePostgres(url).catch((error) => {
    console.error(`✗ ${error.message}`);
    process.exit(1);
  });
}
