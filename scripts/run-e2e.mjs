// Runs the Playwright end-to-end tests with a Chromium that is actually on this machine:
// CHROMIUM_PATH if set, else the system /usr/bin/chromium, else Playwright's own download.
// Extra arguments are passed to `playwright test`, e.g. `npm run test:e2e -- e2e/home.spec.ts`.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const SYSTEM_CHROMIUM = "/usr/bin/chromium";

async function playwrightsOwnChromium() {
  try {
    const { chromium } = await import("@playwright/test");
    const executable = chromium.executablePath();
    return executable && existsSync(executable) ? executable : null;
  } catch {
    return null;
  }
}

async function findBrowser() {
  const fromEnv = process.env.CHROMIUM_PATH?.trim();
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      console.error(`✗ CHROMIUM_PATH is set to "${fromEnv}", but there is no file there.`);
      process.exit(1);
    }
    return { executable: fromEnv, origin: "CHROMIUM_PATH" };
  }
  if (existsSync(SYSTEM_CHROMIUM)) return { executable: SYSTEM_CHROMIUM, origin: "system" };
  const own = await playwrightsOwnChromium();
  if (own) return { executable: own, origin: "playwright" };
  console.error(
    [
      "✗ No Chromium found for the end-to-end tests. Get one in any of these ways:",
      "    - Debian/Ubuntu:            apt-get install -y chromium",
      "    - with internet access:     npx playwright install chromium",
      "    - a Chromium/Chrome binary elsewhere: CHROMIUM_PATH=/path/to/chromium npm run test:e2e",
    ].join("\n"),
  );
  process.exit(1);
}

const browser = await findBrowser();
console.log(`› Chromium (${browser.origin}): ${browser.executable}`);

// The fresh SQLite file the test server migrates and seeds (see playwright.config.ts); removed afterwards.
const databaseFile = path.join(os.tmpdir(), `policy-timeline-e2e-${process.pid}-${Date.now()}.db`);
// …and the empty one the ingestion specs publish into (playwright.config.ts names it after this one).
const removeDatabase = () => {
  for (const file of [databaseFile, databaseFile.replace(/\.db$/, "-fresh.db")]) {
    for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
  }
};
removeDatabase();

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1", POLICY_TIMELINE_E2E_DB: databaseFile };

// With POLICY_TIMELINE_TEST_POSTGRES (an admin URL to a server's `postgres` database) the two test
// servers run on two new PostgreSQL databases instead, dropped afterwards.
const postgresAdmin = process.env.POLICY_TIMELINE_TEST_POSTGRES?.trim();
const postgresDatabases = postgresAdmin ? [`policy_timeline_e2e_${process.pid}`, `policy_timeline_e2e_${process.pid}_fresh`] : [];
const psql = (sql) => spawnSync("psql", [postgresAdmin, "-v", "ON_ERROR_STOP=1", "-q", "-c", sql], { stdio: ["ignore", "ignore", "inherit"] });
const dropPostgres = () => postgresDatabases.forEach((name) => psql(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
if (postgresAdmin) {
  const urlOf = (name) => Object.assign(new URL(postgresAdmin), { pathname: `/${name}` }).toString();
  dropPostgres();
  for (const name of postgresDatabases) {
    if (psql(`CREATE DATABASE "${name}"`).status !== 0) {
      console.error(`✗ Could not create the PostgreSQL database ${name} through POLICY_TIMELINE_TEST_POSTGRES.`);
      process.exit(1);
    }
  }
  env.POLICY_TIMELINE_E2E_DATABASE_URL = urlOf(postgresDatabases[0]);
  env.POLICY_TIMELINE_E2E_FRESH_DATABASE_URL = urlOf(postgresDatabases[1]);
  console.log(`› End-to-end servers on PostgreSQL (${postgresDatabases.join(", ")})`);
}
if (browser.origin === "playwright") delete env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
else env.PLAYWRIGHT_CHROMIUM_EXECUTABLE = browser.executable;

const child = spawn(path.join(root, "node_modules", ".bin", "playwright"), ["test", ...process.argv.slice(2)], {
  cwd: root,
  env,
  stdio: "inherit",
});
// Ctrl-C reaches Playwright directly (same process group); a SIGTERM sent to this script is passed on.
process.on("SIGINT", () => {});
process.on("SIGTERM", () => child.kill("SIGTERM"));
child.on("error", (error) => {
  console.error(`✗ Could not start Playwright: ${error.message}`);
  process.exit(1);
});
child.on("exit", (code, signal) => {
  removeDatabase();
  dropPostgres();
  process.exit(code ?? (signal ? 1 : 0));
});
