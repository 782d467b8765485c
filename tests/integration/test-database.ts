import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createClient } from "@/lib/data/client";

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
