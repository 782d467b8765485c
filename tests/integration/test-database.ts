import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { createClient } from "@/lib/data/client";
import { loadSeed } from "@/lib/data/seed";
import { readCorpus } from "@/prisma/seed";

/** A real SQLite file in a temporary folder, migrated with the committed migrations through the Prisma CLI. */
export function createTestDatabase() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "policy-timeline-test-"));
  const env = { ...process.env, DATABASE_URL: `file:${path.join(dir, "test.db")}`, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" };
  execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], { env, stdio: "pipe" });
  const client = createClient(env);
  return {
    client,
    file: path.join(dir, "test.db"),
    async dispose() {
      await client.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A migrated database loaded with the seed corpus for the tests of one file, dropped after them. */
export function useSeededDatabase(): { readonly client: PrismaClient } {
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
  };
}
