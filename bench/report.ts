// The bench's output: a markdown table per size (printed, and written with the raw runs to bench/results).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { CONTENDER_LABELS, CONTENDERS, RESULTS_DIR, VIEWPORT, type BenchOptions } from "./config";
import type { RouteScripts } from "./build";
import type { LoadResult } from "./measure";
import type { SizeSummary, Summary, TargetResult } from "./summary";

export interface Report {
  startedAt: string;
  /** The commit the build was made from, and whether the app's sources had uncommitted changes. */
  source: string;
  durationMs: number;
  buildMs: number | null;
  chromium: string;
  options: BenchOptions;
  routeScripts: RouteScripts | null;
  sizes: {
    size: number;
    data: { count: number; groups: number; jsonBytes: number };
    documentGzipBytes: number;
    /** The machine's 5-minute load average after the loads (the bench itself is about 1). */
    loadAverage5m: number;
    summary: SizeSummary;
    loads: Record<string, LoadResult[]>;
    /** The unmeasured first loads (this timeline's server caches are cold on its first). */
    warmups: Record<string, LoadResult[]>;
  }[];
  targets: TargetResult[];
  renderMeaning: Record<string, string>;
}

const ms = (v: number | undefined) => (v === undefined ? undefined : v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : Math.round(v).toLocaleString("en-US"));
const mb = (v: number | undefined) => (v === undefined ? undefined : (v / 1024 / 1024).toFixed(1));
const count = (v: number | undefined) => (v === undefined ? undefined : Math.round(v).toLocaleString("en-US"));
const kb = (v: number) => `${(v / 1024).toFixed(1)} kB`;
const times = (v: number) => (v >= 10 ? `${v.toFixed(0)}×` : `${v.toFixed(1)}×`);

function cell(s: Summary, value: string | undefined): string {
  if (value !== undefined) return value;
  return s.dnf ? "did not finish" : "—";
}

interface Row {
  label: string;
  /** The number behind the cell, for the ratios; rows without it show text only. */
  value?: (s: Summary) => number | undefined;
  text: (s: Summary) => string | undefined;
}

const pair = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? undefined : `${ms(a)} / ${ms(b)}`);

const ROWS: Row[] = [
  { label: "First correct render (ms)", value: (s) => s.renderMs, text: (s) => ms(s.renderMs) },
  { label: "Interactive, full view drawn (ms)", value: (s) => s.interactiveMs, text: (s) => ms(s.interactiveMs) },
  { label: "p95 frame, rAF intervals, zoom+pan (ms)", value: (s) => s.frameP95, text: (s) => ms(s.frameP95) },
  { label: "↳ zoom / pan (ms)", text: (s) => pair(s.zoomFrameP95, s.panFrameP95) },
  { label: "p95 step time, input dispatch → 2nd frame, zoom+pan (ms)", value: (s) => s.latencyP95, text: (s) => ms(s.latencyP95) },
  { label: "↳ zoom / pan (ms)", text: (s) => pair(s.zoomLatencyP95, s.panLatencyP95) },
  { label: "p95 input latency incl. Chromium's input pipeline, zoom / pan (ms) ‡", text: (s) => pair(s.zoomPipelineP95, s.panPipelineP95) },
  { label: "p95 step wall time incl. Playwright, zoom / pan (ms) ‡", text: (s) => pair(s.zoomStepP95, s.panStepP95) },
  { label: "JS heap after render (MB)", value: (s) => s.heapBytes, text: (s) => mb(s.heapBytes) },
  { label: "DOM nodes after render", value: (s) => s.domNodes, text: (s) => count(s.domNodes) },
];

export function sizeTable(size: number, summary: SizeSummary): string {
  const lines = [
    `| ${size.toLocaleString("en-US")} events | ${CONTENDERS.map((c) => CONTENDER_LABELS[c]).join(" | ")} | vis ÷ ours | ours ÷ floor |`,
    `|${" --- |".repeat(CONTENDERS.length + 3)}`,
  ];
  for (const row of ROWS) {
    const cells = CONTENDERS.map((c) => cell(summary[c], row.text(summary[c])));
    const o = row.value?.(summary.ours);
    const v = row.value?.(summary.vis);
    const f = row.value?.(summary.floor);
    const visRatio = o !== undefined && o > 0 ? (v !== undefined ? times(v / o) : summary.vis.dnf ? "vis did not finish" : "") : "";
    const floorRatio = o !== undefined && f !== undefined && f > 0 ? `${(o / f).toFixed(2)}×` : "";
    lines.push(`| ${row.label} | ${cells.join(" | ")} | ${visRatio} | ${floorRatio} |`);
  }
  return lines.join("\n");
}

export function notesFor(summary: SizeSummary, warmups: Record<string, LoadResult[]>): string[] {
  const notes: string[] = [];
  const cold = warmups.ours?.[0]?.renderMs;
  if (cold !== undefined) notes.push(`This timeline's first load after \`next start\` (the unmeasured warm-up; server read cache cold): first correct render ${ms(cold)} ms.`);
  for (const c of CONTENDERS) {
    const s = summary[c];
    if (s.dnf) notes.push(`${CONTENDER_LABELS[c]}: did not finish — ${s.dnf}.`);
    if (s.partial) notes.push(`${CONTENDER_LABELS[c]}: ${s.partial}.`);
    for (const p of s.problems) notes.push(`${CONTENDER_LABELS[c]}: incorrect render — ${p}.`);
    if (s.unchangedSteps) notes.push(`${CONTENDER_LABELS[c]}: in the worst run, ${s.unchangedSteps} step(s) left the visible window unchanged.`);
  }
  if (summary.ours.appMarkOtherView) notes.push(`In ${summary.ours.appMarkOtherView.runs} of ${summary.ours.runs} runs ${summary.ours.appMarkOtherView.example}; there the first correct render is the first canvas draw of the full view.`);
  if (summary.vis.firstChangedMs !== undefined) notes.push(`vis-timeline's very first 'changed' (pre-fit default window): ${ms(summary.vis.firstChangedMs)} ms.`);
  return notes;
}

export function markdown(report: Report): string {
  const out: string[] = [];
  const o = report.options;
  out.push(`## Benchmark: this timeline vs vis-timeline vs a plain-canvas floor`, "");
  out.push(
    `Headless Chromium (${report.chromium}), viewport ${VIEWPORT.width}×${VIEWPORT.height}, one browser for the whole run; medians of ${o.runs} fresh page loads (new browser context each) per contender and size, after ${o.warmups} unmeasured warm-up load(s). ` +
      `Frame times over ${o.zoomSteps} wheel-zoom steps (${Math.ceil(o.zoomSteps / 2)} in, then out, deltaY ±${o.wheelDelta} at the centre of the timeline area) then ${o.panSteps} drags of ${o.panPixels} px (alternating direction, ${o.panMoves} pointer moves each), all trusted input from Playwright. ` +
      `Same synthetic events (seed 42) for all three; time to first render counts from navigation start and includes the server query for this timeline and fetching and parsing the JSON for the other two. Limits: ${o.timeoutMs / 1000} s for the first render, ${o.phaseTimeoutMs / 1000} s for each load's zoom steps and again for its pan steps; past them a contender "did not finish" and is not loaded again at that size.`,
    "",
  );
  if (report.routeScripts) out.push(`Gzipped JS of \`/\`: **${kb(report.routeScripts.gzipBytes)}** (${report.routeScripts.files.length} script chunks, ${kb(report.routeScripts.bytes)} uncompressed).`, "");
  for (const size of report.sizes) {
    out.push(`### ${size.size.toLocaleString("en-US")} events`, "");
    out.push(sizeTable(size.size, size.summary), "");
    const notes = [
      `Document \`/\` gzipped: ${kb(size.documentGzipBytes)}; JSON for vis-timeline and the floor: ${kb(size.data.jsonBytes)} (${size.data.groups} groups), gzipped on the wire.`,
      ...notesFor(size.summary, size.warmups),
      ...(size.loadAverage5m > 1.6 ? [`The machine's 5-minute load average was ${size.loadAverage5m.toFixed(2)} (2 cores; the bench alone is about 1): other work competed for the CPU, so these numbers are noisier and slower than on a quiet machine.`] : []),
    ];
    for (const n of notes) out.push(`- ${n}`);
    out.push("");
  }
  if (report.targets.length) {
    out.push(`### Targets`, "", "| Size | Target | Result | Detail |", "| --- | --- | --- | --- |");
    for (const t of report.targets) out.push(`| ${t.size.toLocaleString("en-US")} | ${t.target} | ${t.status === "pass" ? "PASS" : t.status === "fail" ? "**FAIL**" : "n/a"} | ${t.detail} |`);
    out.push("");
  }
  out.push("### How to read it", "");
  out.push(
    "- **vis ÷ ours**: how many times faster (times, frames) or smaller (heap, DOM) this timeline is than vis-timeline. **ours ÷ floor**: this timeline relative to the canvas floor (1.00× = as fast as filling N rectangles).",
    "- **p95 frame, rAF intervals**: 95th percentile of the intervals between requestAnimationFrame callbacks while the steps ran (idle frames included, ~16.7 ms each).",
    "- **p95 step time**: for each step, the largest over its input events (the wheel event; the drag's pointer events) of the time from the event's dispatch in the page to the second animation frame after it — so the frame showing its effect has been produced; about one frame (~17 ms) even for no work. 95th percentile over the steps. This is the in-page form of \"just before the step → second rAF after it\".",
    "- Frame targets are judged under both the rAF-interval and the step-time measure and pass only if both do, so the stricter of the two decides.",
    "- ‡ Not judged, for reference: **input latency incl. Chromium's input pipeline** counts from each input event's timeStamp instead of its dispatch; Chromium hands wheel and pointer input to the page only at a following frame, which adds ~20–30 ms whatever the page does (see the floor). **Step wall time incl. Playwright** counts from just before Playwright sends the step's input; Playwright awaits each event's acknowledgement, given at the next frame, so a wheel step costs ~4 frames and a drag (down, 6 moves, up) ~8 frames even for the floor.",
  );
  for (const c of CONTENDERS) out.push(`- First render, ${CONTENDER_LABELS[c]}: ${report.renderMeaning[c]}.`);
  out.push("", `Run: ${report.startedAt} on ${report.source}, ${(report.durationMs / 60000).toFixed(1)} min${report.buildMs !== null ? ` (of which next build ${(report.buildMs / 1000).toFixed(0)} s)` : ""}.`, "");
  return out.join("\n");
}

export function writeReport(report: Report): { json: string; md: string } {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const json = path.join(RESULTS_DIR, "latest.json");
  const md = path.join(RESULTS_DIR, "latest.md");
  writeFileSync(json, JSON.stringify(report, null, 2));
  writeFileSync(md, markdown(report));
  return { json, md };
}
