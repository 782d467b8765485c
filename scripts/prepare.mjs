// Makes a fresh clone ready to serve: applies the committed migrations to the database (creating the
// SQLite file if needed), seeds it when it has no events (unless POLICY_TIMELINE_SEED=none), and builds the app when the build is missing
// or older than the sources. Run by `npm start` (prestart) and by the end-to-end tests.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const env = {
  ...process.env,
  CHECKPOINT_DISABLE: "1",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  NEXT_TELEMETRY_DISABLED: "1",
};

function run(label, command, args) {
  console.log(`› ${label}`);
  const result = spawnSync(command, args, { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`✗ ${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

function newestChange(dir) {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function buildIsStale() {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  const sources = ["app", "components", "lib", "pages"].map((d) => newestChange(path.join(root, d)));
  const files = ["package.json", "next.config.js", "tsconfig.json"].map((f) => (existsSync(path.join(root, f)) ? statSync(path.join(root, f)).mtimeMs : 0));
  return Math.max(...sources, ...files) > built;
}

// PostgreSQL has its own migrations and runner (prisma/postgres, scripts/migrate-postgres.mjs).
if (/^postgres(ql)?:\/\//.test(process.env.DATABASE_URL?.trim() ?? "")) run("Applying PostgreSQL migrations", process.execPath, [path.join(root, "scripts", "migrate-postgres.mjs")]);
else run("Applying database migrations", bin("prisma"), ["migrate", "deploy"]);
// POLICY_TIMELINE_SEED=none leaves a new database empty (the seed article can then be ingested by hand).
if (process.env.POLICY_TIMELINE_SEED === "none") console.log("› Not seeding (POLICY_TIMELINE_SEED=none)");
else run("Seeding the database if it is empty", bin("tsx"), ["prisma/seed.ts", "--if-empty"]);
run("Creating the first admin from ADMIN_EMAIL/ADMIN_PASSWORD if there is none", bin("tsx"), ["scripts/user-create.ts", "--first-admin"]);
if (!process.argv.includes("--no-build") && buildIsStale()) {
  run("Building the app", bin("next"), ["build"]);
}
