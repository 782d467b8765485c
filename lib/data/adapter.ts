import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

const DEFAULT_DATABASE_FILE = path.join("data", "policy-timeline.db");

export type Engine = "sqlite" | "postgresql";

/** Which database DATABASE_URL names: a `file:` URL (or none) is SQLite, `postgres://`/`postgresql://` is PostgreSQL. */
export function databaseEngine(env: NodeJS.ProcessEnv = process.env): Engine {
  const url = env.DATABASE_URL?.trim();
  if (!url || url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new Error(`DATABASE_URL must be a SQLite "file:" URL or a "postgresql://" URL (got "${url.split(":")[0]}:…").`);
}

/** The SQLite file the app uses: DATABASE_URL (`file:` URL) or ./data/policy-timeline.db. */
export function databaseFile(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL?.trim();
  if (databaseEngine(env) !== "sqlite") throw new Error("DATABASE_URL names a PostgreSQL database, not a SQLite file.");
  if (!url) return path.resolve(DEFAULT_DATABASE_FILE);
  return path.resolve(url.slice("file:".length));
}

export function createSqliteAdapter(env: NodeJS.ProcessEnv = process.env): PrismaBetterSQLite3 {
  const file = databaseFile(env);
  mkdirSync(path.dirname(file), { recursive: true });
  return new PrismaBetterSQLite3({ url: `file:${file}` });
}

export function createPostgresAdapter(env: NodeJS.ProcessEnv = process.env): PrismaPg {
  return new PrismaPg({ connectionString: env.DATABASE_URL!.trim(), max: Number(env.DATABASE_POOL_SIZE ?? 10) });
}

/** Used by prisma.config.ts so that `prisma migrate` runs through the same driver, with no native engine (SQLite only: PostgreSQL migrates with scripts/migrate-postgres.mjs). */
export async function createMigrationAdapter(): Promise<PrismaBetterSQLite3> {
  return createSqliteAdapter();
}
