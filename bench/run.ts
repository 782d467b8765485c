// `npm run bench`: this project's timeline vs vis-timeline vs a plain-canvas floor, in one headless
// Chromium, on the same synthetic events at 1,000, 10,000 and 50,000. See bench/README.md.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "@playwright/test";
import { findChromium } from "./chromium";
import { buildApp, routeScriptSize, type RouteScripts } from "./build";
import { CHROMIUM_ARGS, CONTENDER_LABELS, CONTENDERS, PAGES_DIR, RESULTS_DIR, ROOT, readOptions, type ContenderName } from "./config";
import { contenders } from "./contenders";
import { ensureSyntheticDb, exportContenderData } from "./data";
import { measureLoad, type LoadResult } from "./measure";
import { markdown, notesFor, sizeTable, writeReport, type Report } from "./report";
import { startNext, startStatic, type Running } from "./servers";
import { judgeTargets, summarize, type SizeSummary } from "./summary";

/** Everything started that must be stopped, newest first, also on Ctrl-C and on errors. */
const cleanups: (() => Promise<void>)[] = [];
async function cleanUp() {
  while (cleanups.length) await cleanups.pop()!().catch((error) => console.error(`  (cleanup: ${error instanceof Error ? error.message : error})`));
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping servers and the browser…`);
    void cleanUp().finally(() => process.exit(130));
  });
}


/** The commit measured, and whether the app's sources differ from it (the build is of the working tree). */
function sourceVersion(): string {
  const git = (...args: string[]) => spawnSync("git", args, { cwd: ROOT, encoding: "utf8" }).stdout?.trimEnd() ?? "";
  const commit = git("rev-parse", "--short", "HEAD") || "unknown";
  const dirty = git("status", "--porcelain", "--", "app", "components", "lib", "next.config.js", "package.json");
  return dirty ? `${commit} + uncommitted changes in ${[...new Set(dirty.split("\n").map((l) => l.slice(3).split("/")[0]))].join(", ")}` : commit;
}

const secs = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

function describeLoad(c: ContenderName, l: LoadResult): string {
  if (l.dnf && l.renderMs === undefined) return `${CONTENDER_LABELS[c]}: did not finish (${l.dnf})`;
  const parts = [`render ${l.renderMs?.toFixed(0)} ms`];
  if (l.heapBytes !== undefined) parts.push(`heap ${(l.heapBytes / 1048576).toFixed(1)} MB`);
  if (l.domNodes !== undefined) parts.push(`${l.domNodes} nodes`);
  const max = (xs: number[]) => Math.max(...xs).toFixed(0);
  if (l.zoom?.steps.length) parts.push(`zoom steps max ${max(l.zoom.steps)} ms`);
  if (l.pan?.steps.length) parts.push(`pan steps max ${max(l.pan.steps)} ms`);
  if (l.dnf) parts.push(`DID NOT FINISH: ${l.dnf}`);
  if (l.problem) parts.push(`INCORRECT: ${l.problem}`);
  return `${CONTENDER_LABELS[c]}: ${parts.join(", ")}`;
}

async function main() {
  const options = readOptions(process.argv.slice(2));
  const started = performance.now();
  const startedAt = new Date().toISOString();
  mkdirSync(path.join(RESULTS_DIR, "data"), { recursive: true });

  console.log("› Synthetic databases");
  const dbFiles = new Map(options.sizes.map((size) => [size, ensureSyntheticDb(size)]));

  let buildMs: number | null = null;
  if (options.skipBuild) console.log("› Skipping next build (--skip-build): measuring whatever .next-bench holds");
  else {
    console.log(`› Building the app into .next-bench (log: bench/results/build.log) at ${sourceVersion()}`);
    buildMs = await buildApp();
    console.log(`  built in ${(buildMs / 1000).toFixed(0)} s`);
  }

  const executable = await findChromium();
  const browser: Browser = await chromium.launch({ executablePath: executable, args: CHROMIUM_ARGS, headless: true });
  cleanups.push(() => browser.close());
  const chromiumVersion = `Chromium ${browser.version()}`;
  console.log(`› ${chromiumVersion} (${executable})`);

  const report: Report = {
    startedAt,
    source: sourceVersion(),
    durationMs: 0,
    buildMs,
    chromium: chromiumVersion,
    options,
    routeScripts: null,
    sizes: [],
    targets: [],
    renderMeaning: Object.fromEntries(CONTENDERS.map((c) => [c, contenders[c].renderMeaning])),
  };
  const summaries = new Map<number, SizeSummary>();

  for (const size of options.sizes) {
    const sizeStarted = performance.now();
    console.log(`\n› ${size.toLocaleString("en-US")} events`);
    const dbFile = dbFiles.get(size)!;
    const dataFile = path.join(RESULTS_DIR, "data", `data-${size}.json`);
    const data = await exportContenderData(dbFile, dataFile);
    if (data.count !== size) throw new Error(`listTimelineItems gave ${data.count} events from ${dbFile}, expected ${size}`);
    console.log(`  exported ${data.count} events in ${data.groups} groups (${(data.bytes / 1048576).toFixed(1)} MB JSON)`);

    const page = (name: string) => path.join(PAGES_DIR, name);
    const pages: Running = await startStatic({
      "/vis.html": page("vis.html"),
      "/vis.js": page("vis.js"),
      "/floor.html": page("floor.html"),
      "/floor.js": page("floor.js"),
      "/common.js": page("common.js"),
      "/vis-timeline-graph2d.min.js": path.join(ROOT, "node_modules", "vis-timeline", "standalone", "umd", "vis-timeline-graph2d.min.js"),
      [`/data-${size}.json`]: dataFile,
    });
    cleanups.push(pages.stop);
    const app: Running = await startNext(dbFile, path.join(RESULTS_DIR, `next-${size}.log`));
    cleanups.push(app.stop);
    console.log(`  next start ${app.origin}, static pages ${pages.origin}`);

    const html = await (await fetch(`${app.origin}/`, { signal: AbortSignal.timeout(options.timeoutMs) })).text();
    const scripts: RouteScripts = routeScriptSize(html);
    if (!report.routeScripts) report.routeScripts = scripts;
    else if (scripts.gzipBytes !== report.routeScripts.gzipBytes) console.log(`  note: / references different scripts at this size (${scripts.gzipBytes} B gzipped)`);
    const documentGzipBytes = gzipSync(html).length;

    const loads: Record<ContenderName, LoadResult[]> = { ours: [], vis: [], floor: [] };
    const warmups: Record<ContenderName, LoadResult[]> = { ours: [], vis: [], floor: [] };
    // A contender past a limit would be again: one that did not render is not loaded again at this size;
    // one that rendered but ran out of time in the steps is still loaded (for its render, heap and DOM), without steps.
    const gaveUp = new Set<ContenderName>();
    const noSteps = new Set<ContenderName>();
    const origins = { app: app.origin, pages: pages.origin };
    for (let w = 0; w < options.warmups; w++) {
      for (const c of CONTENDERS) {
        const result = await measureLoad(browser, contenders[c], contenders[c].url(origins, size), size, options, false);
        warmups[c].push(result);
        console.log(`  warm-up  ${describeLoad(c, result)}`);
        if (result.dnf) {
          gaveUp.add(c);
          loads[c].push(result);
        }
      }
    }
    for (let run = 1; run <= options.runs; run++) {
      for (const c of CONTENDERS) {
        if (gaveUp.has(c)) continue;
        const result = await measureLoad(browser, contenders[c], contenders[c].url(origins, size), size, options, !noSteps.has(c));
        loads[c].push(result);
        console.log(`  run ${run}/${options.runs} ${describeLoad(c, result)}${noSteps.has(c) ? " (no steps: they ran out of time before)" : ""}`);
        if (result.dnf && result.renderMs === undefined) gaveUp.add(c);
        else if (result.dnf) noSteps.add(c);
      }
    }

    await app.stop();
    await pages.stop();
    cleanups.splice(cleanups.indexOf(app.stop), 1);
    cleanups.splice(cleanups.indexOf(pages.stop), 1);

    // The machine is shared (2 cores here): other work during the loads shows up as noise, so say so.
    const load = loadavg()[1];
    if (load > 1.6) console.log(`  note: 5-minute load average ${load.toFixed(2)} while measuring; other processes were competing for the CPU`);

    const summary = Object.fromEntries(CONTENDERS.map((c) => [c, summarize(loads[c], options.runs)])) as SizeSummary;
    summaries.set(size, summary);
    report.sizes.push({ size, data: { count: data.count, groups: data.groups, jsonBytes: data.bytes }, documentGzipBytes, loadAverage5m: load, summary, loads, warmups });
    console.log(`\n${sizeTable(size, summary)}`);
    for (const note of notesFor(summary, warmups)) console.log(`  - ${note}`);
    console.log(`  (${size.toLocaleString("en-US")} events took ${secs(sizeStarted)})`);
  }

  report.targets = judgeTargets(summaries);
  report.durationMs = performance.now() - started;
  const files = writeReport(report);
  console.log(`\n${"=".repeat(100)}\n`);
  console.log(markdown(report));
  console.log(`Wrote ${path.relative(ROOT, files.md)} and ${path.relative(ROOT, files.json)}; whole run ${secs(started)}.`);
}

main()
  .catch((error: unknown) => {
    console.error(`✗ ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => cleanUp());
