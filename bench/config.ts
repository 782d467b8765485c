// What `npm run bench` measures and how: sizes, repetitions, input steps, limits, browser flags.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const BENCH_DIR = path.join(ROOT, "bench");
export const RESULTS_DIR = path.join(BENCH_DIR, "results");
export const PAGES_DIR = path.join(BENCH_DIR, "pages");
/** Its own build folder (next.config.js reads NEXT_DIST_DIR), so the bench never touches .next. */
export const DIST_DIR = ".next-bench";

export const SEED = 42;
export const TODAY = "2026-11-26";
export const VIEWPORT = { width: 1440, height: 900 } as const;
/** The flags scripts/run-e2e.mjs uses for the e2e tests' Chromium. */
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
export const SYSTEM_CHROMIUM = "/usr/bin/chromium";

export const CONTENDERS = ["ours", "vis", "floor"] as const;
export type ContenderName = (typeof CONTENDERS)[number];
export const CONTENDER_LABELS: Record<ContenderName, string> = { ours: "this timeline", vis: "vis-timeline", floor: "canvas floor" };

export interface BenchOptions {
  sizes: number[];
  /** Measured page loads per contender and size; the medians are over these. */
  runs: number;
  /** Unmeasured page loads first, per contender and size (warms the servers' JIT and disk cache). */
  warmups: number;
  zoomSteps: number;
  panSteps: number;
  /** Wheel deltaY per zoom step, in pixels (one notch of a mouse wheel). */
  wheelDelta: number;
  /** Length of each pan drag, in pixels, and how many pointer moves it is made of. */
  panPixels: number;
  panMoves: number;
  /** Limit for the first render (and for each wait after it). Past it the measurement "did not finish". */
  timeoutMs: number;
  /** Limit for all the zoom steps of one load, and again for all its pan steps. */
  phaseTimeoutMs: number;
  /** Skip `next build` (only for trying the bench out; a real run always rebuilds). */
  skipBuild: boolean;
}

export const DEFAULTS: BenchOptions = {
  sizes: [1_000, 10_000, 50_000],
  runs: 3,
  warmups: 1,
  zoomSteps: 30,
  panSteps: 30,
  wheelDelta: 100,
  panPixels: 120,
  panMoves: 6,
  timeoutMs: 60_000,
  phaseTimeoutMs: 180_000,
  skipBuild: false,
};

const USAGE = "usage: npm run bench [-- --sizes 1000,10000,50000] [--runs 3] [--warmups 1] [--timeout 60] [--phase-timeout 180] [--skip-build]";

export function readOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: "string" },
      runs: { type: "string" },
      warmups: { type: "string" },
      timeout: { type: "string" },
      "phase-timeout": { type: "string" },
      "skip-build": { type: "boolean" },
      help: { type: "boolean" },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const whole = (name: string, text: string, min: number, max: number) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${name} must be a whole number from ${min} to ${max} (got "${text}")\n${USAGE}`);
    return n;
  };
  return {
    ...DEFAULTS,
    sizes: values.sizes ? values.sizes.split(",").map((s) => whole("sizes", s.trim(), 1, 500_000)) : DEFAULTS.sizes,
    runs: values.runs ? whole("runs", values.runs, 1, 20) : DEFAULTS.runs,
    warmups: values.warmups ? whole("warmups", values.warmups, 0, 5) : DEFAULTS.warmups,
    timeoutMs: values.timeout ? whole("timeout", values.timeout, 5, 600) * 1000 : DEFAULTS.timeoutMs,
    phaseTimeoutMs: values["phase-timeout"] ? whole("phase-timeout", values["phase-timeout"], 5, 1800) * 1000 : DEFAULTS.phaseTimeoutMs,
    skipBuild: values["skip-build"] ?? false,
  };
}
