// Where our timeline's time goes in Chromium: a CPU profile and a main-thread trace of one load of `/`
// and of zoom/pan steps at the fit-all view, on the bench build (run `npm run bench` first).
//   npx tsx bench/profile-browser.ts [size=50000]
// Writes bench/results/profile-<size>-{load,steps}.cpuprofile (open in Chrome DevTools) and prints the
// heaviest functions (minified names, with their chunk and a bit of source to recognise them) and the
// main thread's time by trace event.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium, type CDPSession } from "@playwright/test";
import { CHROMIUM_ARGS, DIST_DIR, RESULTS_DIR, ROOT, SYSTEM_CHROMIUM, VIEWPORT } from "./config";
import { dbFileFor } from "./data";
import { startNext } from "./servers";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** Self time per function (ms), from the samples' time deltas. */
function selfTimes(profile: Profile): { key: string; frame: ProfileNode["callFrame"]; ms: number }[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, { frame: ProfileNode["callFrame"]; ms: number }>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const node = byId.get(samples[i]);
    if (!node) continue;
    const f = node.callFrame;
    const key = `${f.functionName || "(anonymous)"} ${f.url}:${f.lineNumber}:${f.columnNumber}`;
    const entry = totals.get(key) ?? { frame: f, ms: 0 };
    entry.ms += (deltas[i + 1] ?? 0) / 1000;
    totals.set(key, entry);
  }
  return [...totals.entries()].map(([key, v]) => ({ key, ...v })).sort((a, b) => b.ms - a.ms);
}

/** A few characters of the minified chunk at the function's position, to tell what it is. */
function snippet(frame: ProfileNode["callFrame"]): string {
  const match = /\/_next\/static\/(.+)$/.exec(frame.url.split("?")[0]);
  if (!match) return "";
  try {
    const lines = readFileSync(path.join(ROOT, DIST_DIR, "static", match[1]), "utf8").split("\n");
    return (lines[frame.lineNumber] ?? "").slice(frame.columnNumber, frame.columnNumber + 90).replace(/\s+/g, " ");
  } catch {
    return "";
  }
}

function printProfile(title: string, profile: Profile) {
  const rows = selfTimes(profile);
  const total = rows.reduce((s, r) => s + r.ms, 0);
  const byBucket = new Map<string, number>();
  for (const r of rows) {
    const bucket = r.frame.url ? path.basename(r.frame.url.split("?")[0]) : r.frame.functionName || "(native)";
    byBucket.set(bucket, (byBucket.get(bucket) ?? 0) + r.ms);
  }
  console.log(`\n${title}: ${total.toFixed(0)} ms sampled`);
  console.log("  by script (self time):");
  for (const [bucket, ms] of [...byBucket.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`    ${ms.toFixed(1).padStart(8)} ms  ${bucket}`);
  console.log("  heaviest functions (self time):");
  for (const r of rows.slice(0, 18)) {
    const where = r.frame.url ? `${path.basename(r.frame.url.split("?")[0])}:${r.frame.lineNumber}:${r.frame.columnNumber}` : "";
    console.log(`    ${r.ms.toFixed(1).padStart(8)} ms  ${(r.frame.functionName || "(anonymous)").padEnd(22)} ${where.padEnd(36)} ${snippet(r.frame)}`);
  }
}

/** Main-thread time by trace event name (top-level only: nested events are not double counted). */
function printTrace(title: string, traceJson: Buffer) {
  const events = (JSON.parse(traceJson.toString("utf8")) as { traceEvents: { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { name?: string } }[] }).traceEvents;
  const mainThreads = new Set(events.filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain").map((e) => `${e.pid}:${e.tid}`));
  const complete = events.filter((e) => e.ph === "X" && e.dur !== undefined && mainThreads.has(`${e.pid}:${e.tid}`)).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const totals = new Map<string, { ms: number; count: number }>();
  // Children of RunTask/ThreadControllerImpl::RunTask are what the task did: count one level below them.
  const TASKS = new Set(["RunTask", "ThreadControllerImpl::RunTask", "ThreadPool_RunTask"]);
  let taskEnd = -1;
  let childEnd = -1;
  for (const e of complete) {
    if (TASKS.has(e.name)) {
      if (e.ts >= taskEnd) taskEnd = e.ts + e.dur!;
      continue;
    }
    if (e.ts < childEnd) continue;
    childEnd = e.ts + e.dur!;
    const t = totals.get(e.name) ?? { ms: 0, count: 0 };
    t.ms += e.dur! / 1000;
    t.count++;
    totals.set(e.name, t);
  }
  console.log(`\n${title}: main thread by trace event (top level inside tasks)`);
  for (const [name, t] of [...totals.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 14)) {
    console.log(`    ${t.ms.toFixed(1).padStart(8)} ms  ${String(t.count).padStart(5)}×  ${(t.ms / t.count).toFixed(1).padStart(6)} ms each  ${name}`);
  }
}

async function profiled(cdp: CDPSession, file: string, work: () => Promise<void>): Promise<Profile> {
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  await cdp.send("Profiler.start");
  await work();
  const { profile } = (await cdp.send("Profiler.stop")) as unknown as { profile: Profile };
  writeFileSync(file, JSON.stringify(profile));
  return profile;
}

async function main() {
  const size = Number(process.argv[2] ?? 50_000);
  const app = await startNext(dbFileFor(size), path.join(RESULTS_DIR, `next-profile-${size}.log`));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || SYSTEM_CHROMIUM, args: CHROMIUM_ARGS });
  try {
    // One unprofiled load to warm the server.
    const warm = await browser.newPage({ viewport: VIEWPORT });
    await warm.goto(`${app.origin}/`);
    await warm.close();

    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const categories = ["devtools.timeline", "v8.execute", "blink", "loading", "toplevel", "disabled-by-default-devtools.timeline"];
    await browser.startTracing(page, { categories });
    const load = await profiled(cdp, path.join(RESULTS_DIR, `profile-${size}-load.cpuprofile`), async () => {
      await page.goto(`${app.origin}/`, { waitUntil: "commit" });
      // Until the canvas has drawn the events (the app's "timeline:interactive" mark), and a little after.
      await page.waitForFunction(() => performance.getEntriesByName("timeline:interactive").length > 0, undefined, { timeout: 60_000, polling: 50 });
      await page.waitForTimeout(150);
    });
    const loadTrace = await browser.stopTracing();
    const marks = await page.evaluate(() => {
      const n = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
      return [
        n.responseStart,
        n.responseEnd,
        n.domInteractive,
        n.domContentLoadedEventEnd,
        performance.getEntriesByName("timeline:first-draw")[0]?.startTime ?? NaN,
        performance.getEntriesByName("timeline:interactive")[0]?.startTime ?? NaN,
      ];
    });
    console.log(
      `Load of / at ${size.toLocaleString("en-US")} events: first byte ${marks[0].toFixed(0)} ms, last byte ${marks[1].toFixed(0)} ms, DOM interactive ${marks[2].toFixed(0)} ms, ` +
        `DOMContentLoaded ${marks[3].toFixed(0)} ms, timeline:first-draw ${marks[4].toFixed(0)} ms, timeline:interactive ${marks[5].toFixed(0)} ms`,
    );
    const events = await page.evaluate(() =>
      (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
        .filter((r) => r.name.includes("/api/timeline"))
        .map((r) => [r.name, r.startTime, r.responseStart, r.responseEnd, r.encodedBodySize, r.decodedBodySize]),
    );
    for (const [name, start, first, end, enc, dec] of events) console.log(`  ${String(name).replace(app.origin, "")}: requested ${Number(start).toFixed(0)} ms, first byte ${Number(first).toFixed(0)} ms, last byte ${Number(end).toFixed(0)} ms, ${(Number(enc) / 1024).toFixed(0)} kB on the wire, ${(Number(dec) / 1024).toFixed(0)} kB decoded`);
    printProfile("CPU profile of the load (navigation start → canvas with the events)", load);
    printTrace("Trace of the load", loadTrace);

    await page.waitForTimeout(500);
    const box = (await page.getByTestId("timeline-viewport").boundingBox())!;
    await page.getByTestId("timeline-viewport").scrollIntoViewIfNeeded();
    const b = (await page.getByTestId("timeline-viewport").boundingBox()) ?? box;
    const x = b.x + b.width / 2;
    const y = Math.min(b.y + b.height / 2, VIEWPORT.height / 2);
    await page.mouse.move(x, y);
    await browser.startTracing(page, { categories });
    const steps = await profiled(cdp, path.join(RESULTS_DIR, `profile-${size}-steps.cpuprofile`), async () => {
      for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -100);
      for (let i = 0; i < 6; i++) await page.mouse.wheel(0, 100);
      for (let i = 0; i < 6; i++) {
        await page.mouse.down();
        await page.mouse.move(x + (i % 2 ? 60 : -60), y, { steps: 6 });
        await page.mouse.up();
      }
      await page.waitForTimeout(200);
    });
    const stepsTrace = await browser.stopTracing();
    printProfile("CPU profile of 12 wheel-zoom steps and 6 drags at the fit-all view", steps);
    printTrace("Trace of the steps", stepsTrace);
    await context.close();
  } finally {
    await browser.close();
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
