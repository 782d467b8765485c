import { execFileSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");

/** The environment that points Prisma (CLI or client) at one SQLite file. */
export const databaseEnv = (file: string) => ({ ...process.env, DATABASE_URL: `file:${file}`, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" });

/** A new SQLite file in `dir`, migrated with the committed migrations. */
export function freshDatabase(dir: string, name: string): string {
  const file = path.join(dir, `${name}.db`);
  execFileSync(path.join(root, "node_modules/.bin/prisma"), ["migrate", "deploy"], { cwd: root, env: databaseEnv(file), stdio: "pipe" });
  return file;
}
