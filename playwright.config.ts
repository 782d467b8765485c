import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { E2E_ADMIN } from "./e2e/accounts";

/**
 * End-to-end tests against the production server (`npm start`'s scripts/serve.mjs), on a fresh SQLite database that
 * scripts/prepare.mjs migrates and seeds (and a second server on an empty one, for ingestion). Run them with `npm run test:e2e` (scripts/run-e2e.mjs picks
 * the browser and passes it in PLAYWRIGHT_CHROMIUM_EXECUTABLE); the build must already exist.
 */
const PORT = Number(process.env.E2E_PORT ?? 3210);
const BASE_URL = `http://127.0.0.1:${PORT}`;

// Playwright loads this file in the runner and again in every worker; workers inherit the runner's
// environment, so the database path is chosen (and any old file removed) once per run. scripts/run-e2e.mjs
// chooses it itself (and deletes it afterwards); a bare `npx playwright test` gets one here.
if (!process.env.POLICY_TIMELINE_E2E_DB) {
  const file = path.join(os.tmpdir(), `policy-timeline-e2e-${process.pid}-${Date.now()}.db`);
  for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
  process.env.POLICY_TIMELINE_E2E_DB = file;
}
const databaseFile = process.env.POLICY_TIMELINE_E2E_DB;
// A second server on an empty database (migrated, not seeded): the ingestion specs publish the seed
// article into it as an editor would on a fresh install.
const FRESH_PORT = PORT + 1;
const FRESH_URL = `http://127.0.0.1:${FRESH_PORT}`;
const freshDatabaseFile = databaseFile.replace(/\.db$/, "-fresh.db");
if (!process.env.POLICY_TIMELINE_E2E_FRESH_CLEANED) {
  for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(`${freshDatabaseFile}${suffix}`, { force: true });
  process.env.POLICY_TIMELINE_E2E_FRESH_CLEANED = "1";
}
const serverEnv = {
  POLICY_TIMELINE_TODAY: "2026-11-26",
  // The first admin, created by scripts/prepare.mjs; the editing specs sign in with it.
  ADMIN_EMAIL: E2E_ADMIN.email,
  ADMIN_PASSWORD: E2E_ADMIN.password,
  BETTER_AUTH_SECRET: "e2e-only-secret-e2e-only-secret-e2e-only",
  NEXT_TELEMETRY_DISABLED: "1",
  CHECKPOINT_DISABLE: "1",
};

const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE || undefined,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  },
};

export default defineConfig({
  testDir: "e2e",
  // Runs on other ports (side-by-side builds) keep their own artifacts, so one run never wipes another's.
  outputDir: process.env.E2E_PORT ? `test-results-${PORT}` : "test-results",
  fullyParallel: false,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: "list",
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      // The editing specs change the corpus, so they run after every reading spec (ingest.spec.ts writes
      // nothing) has seen the seed as it is.
      testIgnore: /(editing|ingest-fresh)\.spec\.ts/,
      use: chromium,
    },
    {
      name: "editing",
      testMatch: /editing\.spec\.ts/,
      dependencies: ["chromium"],
      use: chromium,
    },
    {
      name: "ingestion",
      testMatch: /ingest-fresh\.spec\.ts/,
      use: { ...chromium, baseURL: FRESH_URL },
    },
  ],
  webServer: [
    {
      command: `node scripts/prepare.mjs --no-build && node scripts/serve.mjs -p ${PORT}`,
      url: BASE_URL,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe",
      stderr: "pipe",
      env: { ...serverEnv, DATABASE_URL: process.env.POLICY_TIMELINE_E2E_DATABASE_URL ?? `file:${databaseFile}` },
    },
    {
      command: `node scripts/prepare.mjs --no-build && node scripts/serve.mjs -p ${FRESH_PORT}`,
      url: FRESH_URL,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe",
      stderr: "pipe",
      env: { ...serverEnv, DATABASE_URL: process.env.POLICY_TIMELINE_E2E_FRESH_DATABASE_URL ?? `file:${freshDatabaseFile}`, POLICY_TIMELINE_SEED: "none" },
    },
  ],
});
