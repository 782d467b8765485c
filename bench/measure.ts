// One measured page load of one contender: time to first correct render, JS heap and DOM size after
// it, then zoom and pan steps driven by trusted Playwright input with frame times recorded in the page.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { PAGES_DIR, VIEWPORT, type BenchOptions } from "./config";
import type { Contender } from "./contenders";

const PROBE = readFileSync(path.join(PAGES_DIR, "probe.js"), "utf8");

/** A measurement that ran out of time: reported as "did not finish", not as a crash. */
export class DidNotFinish extends Error {}

export interface PhaseResult {
  /** requestAnimationFrame intervals (ms) while the steps ran. */
  intervals: number[];
  /** Per step: ms from just before Playwright sends the step's input to the second animation frame after it (includes the harness). */
  steps: number[];
  /** Per step, the largest over its input events of: dispatch → second animation frame after it (see probe.js). */
  latencies: number[];
  /** The same from each event's timeStamp, so Chromium's input pipeline and queueing are included. */
  pipelineLatencies: number[];
  /** Steps after which the contender's visible window had not changed. */
  unchanged: number;
  dnf?: string;
}

export interface LoadResult {
  dnf?: string;
  problem?: string;
  renderMs?: number;
  /** When the contender could first be zoomed and panned with its full view drawn (ours: the canvas; others: = renderMs). */
  interactiveMs?: number;
  marks?: Record<string, number>;
  /** Navigation timing (ms since navigation start), to see where the time to first render goes. */
  navigation?: Record<string, number>;
  heapBytes?: number;
  domNodes?: number;
  check?: unknown;
  zoom?: PhaseResult;
  pan?: PhaseResult;
}

interface Probe {
  startFrames(): void;
  stopFrames(): number[];
  beginStep(): Win | null;
  endStep(): Promise<{ ms: number; latencies: { fromDispatch: number; fromTimeStamp: number }[]; window: Win | null }>;
  settle(ms: number): Promise<void>;
}
interface Win {
  from: number;
  to: number;
}
/** The page's window with the probe; functions passed to page.evaluate run in the page, so they name it themselves. */
type ProbeWindow = { __bench: Probe };

function within<T>(work: Promise<T>, deadline: number, what: string): Promise<T> {
  const left = deadline - Date.now();
  if (left <= 0) return Promise.reject(new DidNotFinish(what));
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    work,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new DidNotFinish(what)), left);
    }),
  ]).finally(() => clearTimeout(timer));
}

export async function measureLoad(browser: Browser, contender: Contender, url: string, size: number, options: BenchOptions, interact: boolean): Promise<LoadResult> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    await context.addInitScript({ content: PROBE });
    const page = await context.newPage();
    return await measureInContext(context, page, contender, url, size, options, interact);
  } finally {
    // A page still busy in a script can keep close() waiting; the browser ends its process anyway.
    await within(context.close(), Date.now() + 20_000, "close").catch(() => undefined);
  }
}

async function measureInContext(context: BrowserContext, page: Page, contender: Contender, url: string, size: number, options: BenchOptions, interact: boolean): Promise<LoadResult> {
  const seconds = options.timeoutMs / 1000;
  const renderDeadline = Date.now() + options.timeoutMs;
  try {
    await page.goto(url, { waitUntil: "commit", timeout: options.timeoutMs });
    await page.waitForFunction((mark) => performance.getEntriesByName(mark, "mark").length > 0, contender.mark, {
      timeout: Math.max(1, renderDeadline - Date.now()),
      polling: 50,
    });
  } catch (error) {
    if (error instanceof Error && error.name === "TimeoutError") return { dnf: `no first render within ${seconds} s` };
    throw error;
  }
  const result: LoadResult = {};
  try {
    const settleDeadline = Date.now() + options.timeoutMs;
    result.marks = await within(
      page.evaluate(() => Object.fromEntries(performance.getEntriesByType("mark").map((m) => [m.name, Math.round(m.startTime * 10) / 10]))),
      settleDeadline,
      "reading marks",
    );
    result.renderMs = result.marks[contender.mark];
    // (No named functions inside page.evaluate: tsx would wrap them in a helper the page does not have.)
    const navigation = await within(
      page.evaluate(() => {
        const n = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
        return n ? [n.responseStart, n.responseEnd, n.domInteractive, n.domContentLoadedEventEnd, n.loadEventEnd, n.transferSize, n.decodedBodySize] : [];
      }),
      settleDeadline,
      "reading navigation timing",
    );
    const names = ["responseStart", "responseEnd", "domInteractive", "domContentLoaded", "load", "transferSize", "decodedBodySize"];
    result.navigation = Object.fromEntries(navigation.map((v, i) => [names[i], Math.round(v * 10) / 10]));
    await within(page.evaluate(() => (window as unknown as ProbeWindow).__bench.settle(500)), settleDeadline, "settling after the first render");
    const { problem, detail, firstFrameMs } = await within(contender.check(page, size), settleDeadline, "checking the render");
    result.check = detail;
    result.interactiveMs = result.renderMs;
    if (firstFrameMs !== undefined) result.renderMs = Math.round(firstFrameMs * 10) / 10;
    if (problem) result.problem = problem;

    const cdp = await context.newCDPSession(page);
    await within(cdp.send("HeapProfiler.collectGarbage"), settleDeadline, "garbage collection");
    result.heapBytes = (await within(cdp.send("Runtime.getHeapUsage"), settleDeadline, "heap usage")).usedSize;
    result.domNodes = await within(page.evaluate(() => document.getElementsByTagName("*").length), settleDeadline, "DOM count");
    await cdp.detach();
  } catch (error) {
    if (error instanceof DidNotFinish) return { ...result, dnf: `rendered, then stayed busy past ${seconds} s (${error.message})` };
    throw error;
  }
  if (!interact) return result;

  const settle = (ms: number) => within(page.evaluate((t) => (window as unknown as ProbeWindow).__bench.settle(t), ms), Date.now() + options.timeoutMs, "settling");
  try {
    const point = await within(
      page.evaluate(async (selector) => {
        const element = document.querySelector(selector);
        if (!element) return null;
        element.scrollIntoView({ block: "center", inline: "center" });
        await (window as unknown as ProbeWindow).__bench.settle(300);
        const r = element.getBoundingClientRect();
        const top = Math.max(r.top, 0);
        const bottom = Math.min(r.bottom, window.innerHeight);
        return { x: Math.round(r.left + r.width / 2), y: Math.round((top + bottom) / 2) };
      }, contender.target),
      Date.now() + options.timeoutMs,
      "finding the timeline",
    );
    if (!point) return { ...result, problem: `no ${contender.target} to zoom and pan on` };
    await within(page.mouse.move(point.x, point.y), Date.now() + options.timeoutMs, "moving to the timeline");
    await settle(300);

    const half = Math.ceil(options.zoomSteps / 2);
    // Zoom: half the steps in, then as many out, around the centre of the timeline area.
    result.zoom = await phase(page, options.zoomSteps, options.phaseTimeoutMs, (i) => page.mouse.wheel(0, i < half ? -options.wheelDelta : options.wheelDelta));
    if (result.zoom.dnf) return { ...result, dnf: `zoom steps: ${result.zoom.dnf}` };
    await settle(300);
    // Pan: drags of panPixels, alternately leftwards and rightwards, so the view stays over the events.
    const dx = options.panPixels / 2;
    await within(page.mouse.move(point.x + dx, point.y), Date.now() + options.timeoutMs, "moving to the first drag");
    result.pan = await phase(page, options.panSteps, options.phaseTimeoutMs, async (i) => {
      const direction = i % 2 === 0 ? -1 : 1;
      await page.mouse.down();
      await page.mouse.move(point.x + direction * dx, point.y, { steps: options.panMoves });
      await page.mouse.up();
    });
    if (result.pan.dnf) return { ...result, dnf: `pan steps: ${result.pan.dnf}` };
    return result;
  } catch (error) {
    if (error instanceof DidNotFinish) return { ...result, dnf: `busy past ${seconds} s while ${error.message}` };
    throw error;
  }
}

async function phase(page: Page, steps: number, limitMs: number, act: (i: number) => Promise<void>): Promise<PhaseResult> {
  const deadline = Date.now() + limitMs;
  const result: PhaseResult = { intervals: [], steps: [], latencies: [], pipelineLatencies: [], unchanged: 0 };
  try {
    await within(page.evaluate(() => (window as unknown as ProbeWindow).__bench.startFrames()), deadline, "start");
    for (let i = 0; i < steps; i++) {
      const before = await within(page.evaluate(() => (window as unknown as ProbeWindow).__bench.beginStep()), deadline, `step ${i + 1}`);
      await within(act(i), deadline, `step ${i + 1}`);
      const after = await within(page.evaluate(() => (window as unknown as ProbeWindow).__bench.endStep()), deadline, `step ${i + 1}`);
      result.steps.push(after.ms);
      if (after.latencies.length === 0) throw new Error(`step ${i + 1}: the page saw no input event`);
      result.latencies.push(Math.max(...after.latencies.map((l) => l.fromDispatch)));
      result.pipelineLatencies.push(Math.max(...after.latencies.map((l) => l.fromTimeStamp)));
      if (!before || !after.window || (before.from === after.window.from && before.to === after.window.to)) result.unchanged++;
    }
    result.intervals = await within(page.evaluate(() => (window as unknown as ProbeWindow).__bench.stopFrames()), deadline, "stop");
  } catch (error) {
    if (error instanceof DidNotFinish) return { ...result, dnf: `${result.steps.length} of ${steps} steps done in ${limitMs / 1000} s` };
    throw error;
  }
  return result;
}
