import { PrismaClient } from "@/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/generated/prisma-pg/client";
import { createPostgresAdapter, createSqliteAdapter, databaseEngine, type Engine } from "./adapter";

const cache = globalThis as unknown as { policyTimelinePrisma?: PrismaClient };
const engines = new WeakMap<object, Engine>();

/** The engine behind a client made here, for the few queries written per engine (engine-sql.ts). */
export function engineOf(client: object): Engine {
  return engines.get(client) ?? databaseEngine();
}

/** A transaction's client runs on its parent's engine (the write path's raw queries ask it). */
export function adoptEngine(tx: object, parent: PrismaClient): void {
  engines.set(tx as PrismaClient, engineOf(parent));
}

/**
 * A client for the database DATABASE_URL names. The two generated clients (one per provider, from one
 * schema) have the same models and methods; the app is typed against the SQLite one.
 */
export function createClient(env: NodeJS.ProcessEnv = process.env): PrismaClient {
  const engine = databaseEngine(env);
  const client =
    engine === "postgresql"
      ? (new PostgresPrismaClient({ adapter: createPostgresAdapter(env) }) as unknown as PrismaClient)
      : new PrismaClient({ adapter: createSqliteAdapter(env) });
  engines.set(client, engine);
  return client;
}

/** One client per process; Next's dev server reloads modules, so it is kept on globalThis. */
export function db(): PrismaClient {
  cache.policyTimelinePrisma ??= createClient();
  return cache.policyTimelinePrisma;
}
