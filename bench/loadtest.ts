// Load test (`npm run loadtest`): `next start` (the bench build) on 100,000 synthetic events, on SQLite
// and, when POLICY_TIMELINE_TEST_POSTGRES names a server, on PostgreSQL; autocannon on loopback, 50
// connections, 10 s per scenario: filtered /api/events pages, q= searches, /api/timeline, /events/{slug}.
// Then a 30 s soak in which an editor imports batches of new events while readers read: it must see no
// error, and the event count afterwards must be exactly the count before plus what was imported.
// Prints a table of p50/p95/p99 and errors per engine and scenario.
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import autocannon from "autocannon";
import { chromium } from "@playwright/test";
import { buildApp } from "./build";
import { findChromium } from "./chromium";
import { CHROMIUM_ARGS, DEFAULTS, RESULTS_DIR, ROOT } from "./config";
import { contenders } from "./contenders";
import { editorToken } from "./editor-token";
import { measureLoad } from "./measure";
import { startNext } from "./servers";

const COUNT = 100_000;
const CONNECTIONS = 50;
const SECONDS = Number(process.env.LOADTEST_SECONDS ?? 10);
const SOAK_SECONDS = 30;
// 1.5 s between imports of 20 events: some 700 events a minute, far past any newsroom's pace.
// LOADTEST_IMPORT_PAUSE_MS=500 finds the knee of SQLite's one synchronous connection (README).
const IMPORT_PAUSE_MS = Number(process.env.LOADTEST_IMPORT_PAUSE_MS ?? 1_500);
// `npm run loadtest -- --after-write-only`: just the first-render-after-a-write measurement;
// `-- --soak-only`: just the soak; `-- --engine=postgresql` (or sqlite): just that engine.
const AFTER_WRITE_ONLY = process.argv.includes("--after-write-only");
const SOAK_ONLY = process.argv.includes("--soak-only");
const ENGINE_ONLY = process.argv.find((a) => a.startsWith("--engine="))?.slice("--engine=".length);
const SECRET = "bench-only-secret-bench-only-secret-bench";

interface Row {
  engine: string;
  scenario: string;
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** p50 and p95 with one connection: the time of a request itself, without 49 others queued with it. */
  alone?: { p50: number; p95: number };
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);

/** autocannon over `paths` in rotation; latencies of every response, so p95 is exact. */
async function hammer(origin: string, paths: string[], seconds: number, connections = CONNECTIONS, headers: Record<string, string> = {}): Promise<Omit<Row, "engine" | "scenario">> {
  const latencies: number[] = [];
  let next = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: origin,
        connections,
        duration: seconds,
        headers,
        requests: [{ setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) }],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  return { requests: result.requests.total, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), errors: result.errors + result.timeouts, non2xx: result.non2xx };
}

/**
 * The same measurement as `hammer` with node:http, each body discarded as it arrives: for the 3.3 MB
 * timeline feed and the soak that mixes it in. autocannon 9 appends every body chunk to a string
 * (lib/pipelinedRequestsQueue.js), which at 50 feeds in flight took 16 s of CPU in a 20 s run, a whole
 * core of this machine's two, and the readers it starved passed its 10 s timeout. This client took 2.6 s
 * of CPU in the same run, with a feed throughput five times higher. Same 10 s timeout, counted as an error.
 */
async function stream(origin: string, paths: string[], seconds: number, connections = CONNECTIONS, headers: Record<string, string> = {}): Promise<Omit<Row, "engine" | "scenario">> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  let errors = 0;
  let non2xx = 0;
  let next = 0;
  const failures = new Map<string, number>();
  const failed = (requestPath: string, error: Error) => {
    errors++;
    const what = `${requestPath}: ${error.message}`;
    failures.set(what, (failures.get(what) ?? 0) + 1);
  };
  const get = (requestPath: string) =>
    new Promise<void>((resolve) => {
      const started = performance.now();
      const request = http.get(`${origin}${requestPath}`, { agent, headers, timeout: 10_000 }, (response) => {
        response.resume();
        response.on("end", () => {
          if (response.statusCode === undefined || response.statusCode < 200 || response.statusCode > 299) non2xx++;
          latencies.push(performance.now() - started);
          resolve();
        });
        response.on("error", (error) => (failed(requestPath, error), resolve()));
      });
      request.on("timeout", () => request.destroy(new Error("timed out")));
      request.on("error", (error) => (failed(requestPath, error), resolve()));
    });
  const end = Date.now() + seconds * 1000;
  await Promise.all(Array.from({ length: connections }, async () => {
    while (Date.now() < end) await get(paths[next++ % paths.length]);
  }));
  agent.destroy();
  for (const [what, n] of failures) console.log(`  ${n} × ${what}`);
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length + errors, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), errors, non2xx };
}

function prepareDatabase(engine: "sqlite" | "postgresql"): string {
  if (engine === "sqlite") {
    const file = path.join(ROOT, "data", `synthetic-${COUNT}.db`);
    execFileSync(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/load-synthetic.ts", "--count", String(COUNT), "--database", file], { cwd: ROOT, stdio: "inherit" });
    return `file:${file}`;
  }
  const admin = process.env.POLICY_TIMELINE_TEST_POSTGRES!;
  const url = Object.assign(new URL(admin), { pathname: "/policy_timeline_loadtest" }).toString();
  execFileSync("psql", [admin, "-q", "-c", 'DROP DATABASE IF EXISTS "policy_timeline_loadtest" WITH (FORCE)', "-c", 'CREATE DATABASE "policy_timeline_loadtest"'], { stdio: "inherit" });
  execFileSync(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/load-synthetic.ts", "--count", String(COUNT), "--database", url], { cwd: ROOT, stdio: "inherit" });
  return url;
}

/** A bundle of `n` new events with their own source, unique to `batch`. */
function importBundle(batch: number, n: number) {
  const words = Array.from({ length: n }, (_, i) => `Loadtest claim ${batch}-${i} was made.`);
  const slug = `loadtest-source-${batch}`;
  return {
    sources: [{ slug, title: `Load test source ${batch}`, publisher: "bench", publishedAt: "2026-11-20", text: words.join(" "), language: "en" }],
    events: words.map((quote, i) => ({
      slug: `loadtest-${batch}-${i}`,
      title: `Load test event ${batch}-${i}`,
      summary: "Imported during the load test's soak.",
      kind: "statement",
      status: "occurred",
      date: { start: "2026-11-20", end: "2026-11-20", precision: "day", label: "20 Nov 2026" },
      countries: ["JP"],
      citations: [{ source: slug, quote }],
    })),
  };
}

async function total(origin: string): Promise<number> {
  return ((await (await fetch(`${origin}/api/events?limit=1`)).json()) as { total: number }).total;
}

const SOAK_PATHS = ["/api/events?limit=50", "/api/events?country=JP&limit=50", "/api/timeline", "/api/events?q=minister&limit=20"];

async function soak(origin: string, token: string): Promise<{ row: Omit<Row, "engine" | "scenario">; imported: number; before: number; after: number; importErrors: number }> {
  // Each read once first, as the scenarios before would have: the soak measures writes among warm
  // readers, not a cold start (the first full read of 100,000 events takes seconds; see `--soak-only`).
  for (const warm of SOAK_PATHS) await (await fetch(`${origin}${warm}`)).arrayBuffer();
  const before = await total(origin);
  let imported = 0;
  let importErrors = 0;
  let stop = false;
  const importer = (async () => {
    for (let batch = 0; !stop; batch++) {
      try {
        const response = await fetch(`${origin}/api/import`, { method: "POST", headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" }, body: JSON.stringify(importBundle(batch, 20)) });
        if (response.status === 200) imported += 20;
        else {
          importErrors++;
          console.log(`  import ${batch}: ${response.status} ${(await response.text()).slice(0, 300)}`);
        }
      } catch (error) {
        importErrors++;
        console.log(`  import ${batch} failed: ${String(error)} ${String((error as { cause?: unknown }).cause ?? "")}`);
      }
      // Back to back, imports held SQLite's one connection nine-tenths of the time and readers queued
      // past the 10 s timeout.
      await new Promise((resolve) => setTimeout(resolve, IMPORT_PAUSE_MS));
    }
  })();
  const row = await stream(origin, SOAK_PATHS, SOAK_SECONDS, CONNECTIONS, { "Accept-Encoding": "gzip" });
  stop = true;
  await importer;
  return { row, imported, before, after: await total(origin), importErrors };
}

/**
 * Issue 10's "a write must not make the next reader wait", measured as the bench measures `/`: the
 * first correct render in Chromium (navigation start → the server-drawn first frame on screen, checked
 * to show every event), warm against the first load after an edit through the API. Each edit moves the
 * data version, so that load cannot be served from the cache of the version before.
 */
async function afterWrite(origin: string, token: string, rounds = 5): Promise<{ warm: number; afterWrite: number; problems: string[] }> {
  const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS, headless: true });
  const problems: string[] = [];
  const load = async () => {
    const result = await measureLoad(browser, contenders.ours, `${origin}/`, await total(origin), { ...DEFAULTS, timeoutMs: 60_000 }, false);
    if (result.dnf || result.problem || result.renderMs === undefined) problems.push(result.dnf ?? result.problem ?? "no render time");
    return result.renderMs ?? NaN;
  };
  try {
    for (let i = 0; i < 2; i++) await load();
    const warm: number[] = [];
    for (let i = 0; i < rounds; i++) warm.push(await load());
    const after: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const response = await fetch(`${origin}/api/import`, { method: "POST", headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" }, body: JSON.stringify(importBundle(1_000_000 + i, 1)) });
      if (response.status !== 200) throw new Error(`the edit before round ${i} answered ${response.status}: ${await response.text()}`);
      after.push(await load());
    }
    return { warm: median(warm), afterWrite: median(after), problems };
  } finally {
    await browser.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function run(engine: "sqlite" | "postgresql", rows: Row[], soaks: string[], writes: string[]) {
  const url = prepareDatabase(engine);
  const token = await editorToken(url, SECRET);
  // One client sends every search here, far past a reader's SEARCH_RATE_LIMIT: the limit is off.
  const app = await startNext(url, path.join(RESULTS_DIR, `loadtest-${engine}.log`), 120_000, { BETTER_AUTH_SECRET: SECRET, SEARCH_RATE_LIMIT: "0" });
  try {
    if (!AFTER_WRITE_ONLY) await scenarios(engine, app.origin, token, rows, soaks);
    if (SOAK_ONLY) return;
    const w = await afterWrite(app.origin, token);
    writes.push(
      `${engine}: first correct render of / (Chromium, median of 5) warm ${Math.round(w.warm)} ms, first after a write ${Math.round(w.afterWrite)} ms: ${(w.afterWrite / w.warm).toFixed(2)}× (goal ≤ 2×)${w.problems.length ? `; problems: ${w.problems.join("; ")}` : ""}`,
    );
    if (!(w.afterWrite <= 2 * w.warm) || w.problems.length) process.exitCode = 1;
  } finally {
    await app.stop();
  }
}

async function scenarios(engine: "sqlite" | "postgresql", origin: string, token: string, rows: Row[], soaks: string[]) {
  const sample = (await (await fetch(`${origin}/api/events?limit=1000&country=JP`)).json()) as { events: { slug: string }[] };
  const slugs = sample.events.map((e) => e.slug).slice(0, 200);
  // The timeline feed is fetched by browsers, which always accept gzip (19 MB of JSON, 3.3 MB gzipped, at 100,000 events).
  const gzip = { "Accept-Encoding": "gzip" };
  const list: [string, string[], Record<string, string>?, typeof hammer?][] = [
    // A 1 kB static file: what `next start` itself costs per request here, below any data read.
    ["/icon.svg (static: the floor of next start)", ["/icon.svg"]],
    ["filtered /api/events pages (limit 100)", ["/api/events?country=JP&limit=100", "/api/events?topic=defense-spending&limit=100", "/api/events?kind=deadline&status=due&limit=100", "/api/events?from=2024&to=2025&country=US&limit=100"]],
    ["q= searches (limit 20)", ["/api/events?q=minister&limit=20", "/api/events?q=budget&limit=20", "/api/events?q=Koizumi&limit=20", "/api/events?q=2%25&limit=20"]],
    ["/api/timeline (all events, gzip)", ["/api/timeline"], gzip, stream],
    ["/events/{slug}", slugs.map((s) => `/events/${s}`)],
  ];
  for (const [scenario, paths, headers, measure = hammer] of SOAK_ONLY ? [] : list) {
    await measure(origin, paths.slice(0, 2), 2, CONNECTIONS, headers); // warm the caches and the JIT
    const loaded = await measure(origin, paths, SECONDS, CONNECTIONS, headers);
    const alone = await measure(origin, paths, 3, 1, headers);
    rows.push({ engine, scenario, ...loaded, alone: { p50: alone.p50, p95: alone.p95 } });
    console.log(`  ${engine}: ${scenario} done`);
  }
  const s = await soak(origin, token);
  rows.push({ engine, scenario: `soak ${SOAK_SECONDS} s, imports running`, ...s.row });
  const exact = s.after === s.before + s.imported;
  soaks.push(`${engine}: ${s.imported.toLocaleString("en")} events imported during the soak (${s.importErrors} refused imports); count ${s.before.toLocaleString("en")} → ${s.after.toLocaleString("en")}: ${exact ? "exactly before + imported" : "MISMATCH"}`);
  if (!exact || s.importErrors) process.exitCode = 1;
}

async function main() {
  mkdirSync(RESULTS_DIR, { recursive: true });
  await buildApp();
  const rows: Row[] = [];
  const soaks: string[] = [];
  const writes: string[] = [];
  if (ENGINE_ONLY && ENGINE_ONLY !== "sqlite" && ENGINE_ONLY !== "postgresql") throw new Error(`--engine= takes sqlite or postgresql, not ${ENGINE_ONLY}`);
  if (ENGINE_ONLY !== "postgresql") await run("sqlite", rows, soaks, writes);
  if (ENGINE_ONLY === "sqlite") console.log("(--engine=sqlite: PostgreSQL skipped)");
  else if (process.env.POLICY_TIMELINE_TEST_POSTGRES) await run("postgresql", rows, soaks, writes);
  else console.log("(no POLICY_TIMELINE_TEST_POSTGRES: PostgreSQL skipped)");
  console.log(`\n${COUNT.toLocaleString("en")} events, ${CONNECTIONS} connections, ${SECONDS} s per scenario, loopback\n`);
  const ms = (n: number | undefined) => (n === undefined ? "" : Number.isNaN(n) ? "–" : n < 10 ? n.toFixed(1) : Math.round(n).toLocaleString("en"));
  console.log("| engine | scenario | requests | p50 ms | p95 ms | p99 ms | errors | non-2xx | one connection: p50 / p95 ms |\n|---|---|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of rows) {
    const alone = r.alone ? `${ms(r.alone.p50)} / ${ms(r.alone.p95)}` : "";
    console.log(`| ${r.engine} | ${r.scenario} | ${r.requests.toLocaleString("en")} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.errors} | ${r.non2xx} | ${alone} |`);
  }
  console.log("");
  for (const line of soaks) console.log(line);
  for (const line of writes) console.log(line);
  if (rows.some((r) => r.errors || r.non2xx)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
