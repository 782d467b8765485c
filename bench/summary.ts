// From the measured loads to one row of medians per contender and size, and the targets.
import { CONTENDERS, type ContenderName } from "./config";
import type { LoadResult } from "./measure";
import { median, percentile } from "./stats";

export interface Summary {
  runs: number;
  /** Runs that got through render and all the steps. */
  finished: number;
  dnf?: string;
  problems: string[];
  renderMs?: number;
  interactiveMs?: number;
  /** Ours only: the app's own timeline:first-draw mark, and in how many runs it came from a draw of another view. */
  appMarkMs?: number;
  appMarkOtherView?: { runs: number; example: string };
  /** vis-timeline only: the very first 'changed' (before its initial fit is drawn). */
  firstChangedMs?: number;
  heapBytes?: number;
  domNodes?: number;
  /** p95 of requestAnimationFrame intervals during the zoom and pan steps together, and per phase. */
  frameP95?: number;
  zoomFrameP95?: number;
  panFrameP95?: number;
  /** p95 over the steps of each step's largest input dispatch → second frame time (in-page), zoom and pan together, and per phase. */
  latencyP95?: number;
  zoomLatencyP95?: number;
  panLatencyP95?: number;
  /** The same from the input events' timeStamps (Chromium's input pipeline included), per phase. */
  zoomPipelineP95?: number;
  panPipelineP95?: number;
  /** p95 of per-step wall time (just before Playwright sends the input → second animation frame after it), zoom and pan together, and per phase. */
  stepP95?: number;
  zoomStepP95?: number;
  panStepP95?: number;
  /** Where a run ran out of time during the steps: how far it got, and how long its completed steps took. */
  partial?: string;
  /** Most steps in one run after which the view had not changed (should be 0). */
  unchangedSteps?: number;
}

export function summarize(loads: LoadResult[], requestedRuns: number): Summary {
  // A value is reported only when every requested run gave it (a median of fewer would hide the failures).
  const all = <T>(pick: (l: LoadResult) => T | undefined): T[] | undefined => {
    const values = loads.map(pick);
    return loads.length === requestedRuns && values.every((v) => v !== undefined) ? (values as T[]) : undefined;
  };
  const med = (pick: (l: LoadResult) => number | undefined) => {
    const values = all(pick);
    return values ? median(values) : undefined;
  };
  const p95 = (values: number[] | undefined) => (values && values.length ? percentile(values, 95) : undefined);
  const done = (l: LoadResult) => (l.zoom && l.pan && !l.dnf ? l : undefined);
  const dnf = loads.find((l) => l.dnf)?.dnf;
  return {
    runs: loads.length,
    finished: loads.filter((l) => done(l) && !l.problem).length,
    dnf: dnf ?? (loads.length < requestedRuns ? `${loads.length} of ${requestedRuns} runs` : undefined),
    problems: [...new Set(loads.flatMap((l) => (l.problem ? [l.problem] : [])))],
    renderMs: med((l) => l.renderMs),
    interactiveMs: med((l) => l.interactiveMs),
    firstChangedMs: med((l) => l.marks?.["vis:first-changed"]),
    appMarkMs: med((l) => l.marks?.["timeline:first-draw"]),
    appMarkOtherView: otherView(loads),
    heapBytes: med((l) => l.heapBytes),
    domNodes: med((l) => l.domNodes),
    frameP95: med((l) => p95(done(l) && [...l.zoom!.intervals, ...l.pan!.intervals])),
    zoomFrameP95: med((l) => p95(done(l)?.zoom!.intervals)),
    panFrameP95: med((l) => p95(done(l)?.pan!.intervals)),
    latencyP95: med((l) => p95(done(l) && [...l.zoom!.latencies, ...l.pan!.latencies])),
    zoomLatencyP95: med((l) => p95(done(l)?.zoom!.latencies)),
    panLatencyP95: med((l) => p95(done(l)?.pan!.latencies)),
    zoomPipelineP95: med((l) => p95(done(l)?.zoom!.pipelineLatencies)),
    panPipelineP95: med((l) => p95(done(l)?.pan!.pipelineLatencies)),
    stepP95: med((l) => p95(done(l) && [...l.zoom!.steps, ...l.pan!.steps])),
    zoomStepP95: med((l) => p95(done(l)?.zoom!.steps)),
    panStepP95: med((l) => p95(done(l)?.pan!.steps)),
    partial: partialSteps(loads),
    unchangedSteps: all((l) => (done(l) ? l.zoom!.unchanged + l.pan!.unchanged : undefined))?.reduce((a, b) => Math.max(a, b), 0),
  };
}

export type SizeSummary = Record<ContenderName, Summary>;

export interface TargetResult {
  size: number;
  target: string;
  /** "pass", "fail", or "n/a" when a number it needs is missing. */
  status: "pass" | "fail" | "n/a";
  detail: string;
}

const FRAME_MEASURES = [
  ["frameP95", "rAF-interval p95"],
  ["latencyP95", "step-time p95"],
] as const;

const fmt = (ms: number | undefined) => (ms === undefined ? "—" : `${ms.toFixed(1)} ms`);

/**
 * The targets. Frame-time targets are judged under both in-page frame measures (rAF intervals,
 * input → frame latency) and pass only when both do, so the stricter of the two decides. The per-step
 * wall time seen from Playwright is reported but not judged: it is mostly the harness (see report.ts).
 */
export function judgeTargets(bySize: Map<number, SizeSummary>): TargetResult[] {
  const out: TargetResult[] = [];
  const at10 = bySize.get(10_000);
  if (at10) {
    const { ours, vis, floor } = at10;
    if (ours.renderMs === undefined) out.push({ size: 10_000, target: "first correct render ≥ 10× faster than vis-timeline", status: "fail", detail: "ours did not finish" });
    else if (vis.renderMs === undefined) out.push({ size: 10_000, target: "first correct render ≥ 10× faster than vis-timeline", status: "pass", detail: `vis-timeline did not finish (${vis.dnf ?? "no value"})` });
    else {
      const speedUp = vis.renderMs / ours.renderMs;
      out.push({ size: 10_000, target: "first correct render ≥ 10× faster than vis-timeline", status: speedUp >= 10 ? "pass" : "fail", detail: `${speedUp.toFixed(1)}× (${fmt(ours.renderMs)} vs ${fmt(vis.renderMs)})` });
    }
    if (ours.interactiveMs !== undefined && vis.interactiveMs !== undefined && ours.interactiveMs !== ours.renderMs) {
      const speedUp = vis.interactiveMs / ours.interactiveMs;
      out.push({ size: 10_000, target: "(for reference, not the issue's target) interactive with all events drawn ≥ 10× faster than vis-timeline", status: speedUp >= 10 ? "pass" : "fail", detail: `${speedUp.toFixed(1)}× (${fmt(ours.interactiveMs)} vs ${fmt(vis.interactiveMs)})` });
    }
    out.push(frameTarget(10_000, "p95 zoom/pan frame ≤ 1/5 of vis-timeline's", (m) => {
      const o = ours[m];
      const v = vis[m];
      if (o === undefined) return { ok: false, text: "ours did not finish" };
      if (v === undefined) return { ok: true, text: `vis-timeline did not finish (${vis.dnf ?? "no value"})` };
      return { ok: o <= v / 5, text: `${(v / o).toFixed(1)}× less (${fmt(o)} vs ${fmt(v)})` };
    }));
    out.push(frameTarget(10_000, "p95 zoom/pan frame within 3× of the canvas floor", (m) => {
      const o = ours[m];
      const f = floor[m];
      if (o === undefined) return { ok: false, text: "ours did not finish" };
      if (f === undefined) return { ok: undefined, text: "the floor did not finish" };
      return { ok: o <= 3 * f, text: `${(o / f).toFixed(2)}× the floor (${fmt(o)} vs ${fmt(f)})` };
    }));
  }
  const at50 = bySize.get(50_000);
  if (at50) {
    out.push(frameTarget(50_000, "p95 zoom/pan frame under 50 ms", (m) => {
      const o = at50.ours[m];
      if (o === undefined) return { ok: false, text: "ours did not finish" };
      return { ok: o < 50, text: fmt(o) };
    }));
  }
  return out;
}

function frameTarget(size: number, target: string, judge: (measure: "frameP95" | "latencyP95") => { ok: boolean | undefined; text: string }): TargetResult {
  const parts = FRAME_MEASURES.map(([measure, name]) => ({ name, ...judge(measure) }));
  const status = parts.some((p) => p.ok === undefined) ? "n/a" : parts.every((p) => p.ok) ? "pass" : "fail";
  return { size, target, status, detail: parts.map((p) => `${p.name}: ${p.ok === undefined ? "n/a" : p.ok ? "pass" : "FAIL"}, ${p.text}`).join("; ") };
}

export const contenderOrder = CONTENDERS;

function partialSteps(loads: LoadResult[]): string | undefined {
  for (const l of loads) {
    for (const [name, p] of [["zoom", l.zoom], ["pan", l.pan]] as const) {
      if (!p?.dnf) continue;
      const done = p.latencies.length;
      if (done === 0) return `${name}: no step completed`;
      const wall = [...p.steps].sort((a, b) => a - b);
      const latency = [...p.latencies].sort((a, b) => a - b);
      return `${name}: ${p.dnf}; the completed steps took median ${Math.round(median(wall)!)} ms, max ${Math.round(wall[wall.length - 1])} ms wall, step time (dispatch → 2nd frame) median ${Math.round(median(latency)!)} ms, max ${Math.round(latency[latency.length - 1])} ms`;
    }
  }
  return undefined;
}

function otherView(loads: LoadResult[]): Summary["appMarkOtherView"] {
  const notes = loads.map((l) => (l.check as { note?: string } | undefined)?.note).filter((n): n is string => Boolean(n));
  return notes.length ? { runs: notes.length, example: notes[0] } : undefined;
}
