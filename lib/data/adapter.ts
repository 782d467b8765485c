import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

const DEFAULT_DATABASE_FILE = path.join("data", "policy-timeline.db");

/** The SQLite file the app uses: DATABASE_URL (`file:` URL) or ./data/policy-timeline.db. */
export function databaseFile(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL?.trim();
  if (!url) return path.resolve(DEFAULT_DATABASE_FILE);
  if (!url.startsWith("file:")) {
    throw new Error(
      `DATABASE_URL must be a SQLite "file:" URL (got "${url.split(":")[0]}:…"); PostgreSQL is not supported yet.`,
    );
  }
  return path.resolve(url.slice("file:".length));
}

export function createAdapter(env: NodeJS.ProcessEnv = process.env): PrismaBetterSQLite3 {
  const file = databaseFile(env);
  mkdirSync(path.dirname(file), { recursive: true });
  return new PrismaBetterSQLite3({ url: `file:${file}` });
}

/** Used by prisma.config.ts so that `prisma migrate` runs through the same driver, with no native engine. */
export async function createMigrationAdapter(): Promise<PrismaBetterSQLite3> {
  return createAdapter();
}
