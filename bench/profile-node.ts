// Where the time of a first render and of a zoom/pan step goes, outside the browser: the home page's
// server queries, and the client's timeline pipeline (lib/timeline) on the same events, in node.
//   npx tsx bench/profile-node.ts [size=50000]
// Node is not Chromium, but V8 is V8: the relative weights carry over.
import { createClient } from "@/lib/data/client";
import { getVocabulary } from "@/lib/data/events";
import { listOpenDeadlines, listTimelineItems } from "@/lib/data/timeline";
import { toDayNumber } from "@/lib/dates/calendar-date";
import { clampWindow, extentOf, limitsFor, zoomWindow } from "@/lib/timeline/controller";
import { drawTimeline, type DrawingContext, type Palette } from "@/lib/timeline/draw";
import { laneBoxes } from "@/lib/timeline/geometry";
import { histogram } from "@/lib/timeline/histogram";
import { compareItems, unpackItem } from "@/lib/timeline/items";
import { DEFAULT_LAYOUT, lanesFor, layoutTimeline } from "@/lib/timeline/layout";
import { dayScale } from "@/lib/timeline/scale";
import { multiLevelTicks } from "@/lib/timeline/ticks";
import { timelineSource, timelineView } from "@/lib/timeline/view";
import { buildIndex, visibleItems } from "@/lib/timeline/visible";
import { parsePageState } from "@/lib/url/page-state";
import { TODAY } from "./config";
import { dbFileFor } from "./data";
import { median } from "./stats";

const WIDTH = 1008;

function time<T>(label: string, repeat: number, fn: () => T): T {
  let result!: T;
  const samples: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const t = performance.now();
    result = fn();
    samples.push(performance.now() - t);
  }
  console.log(`  ${label.padEnd(58)} ${median(samples)!.toFixed(2).padStart(9)} ms${repeat > 1 ? ` (median of ${repeat})` : ""}`);
  return result;
}

async function timeAsync<T>(label: string, repeat: number, fn: () => Promise<T>): Promise<T> {
  let result!: T;
  const samples: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const t = performance.now();
    result = await fn();
    samples.push(performance.now() - t);
  }
  console.log(`  ${label.padEnd(58)} ${median(samples)!.toFixed(2).padStart(9)} ms (median of ${repeat}, after a warm-up)`);
  return result;
}

/** A context that counts calls and does nothing, to weigh the draw loop apart from rasterising. */
function countingContext(): { ctx: DrawingContext; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const ctx = new Proxy({} as Record<string, unknown>, {
    get: (_, key: string) => (...args: unknown[]) => {
      void args;
      calls.set(key, (calls.get(key) ?? 0) + 1);
    },
    set: () => true,
  });
  return { ctx: ctx as unknown as DrawingContext, calls };
}

async function main() {
  const size = Number(process.argv[2] ?? 50_000);
  const client = createClient({ ...process.env, DATABASE_URL: `file:${dbFileFor(size)}` });
  const { filters } = parsePageState(new URLSearchParams()).state;
  console.log(`Server side of / at ${size.toLocaleString("en-US")} events (one process, warm):`);
  await listTimelineItems(filters, client);
  await getVocabulary(client);
  const packed = await timeAsync("listTimelineItems", 5, () => listTimelineItems(filters, client));
  await timeAsync("getVocabulary (counts per country/topic/actor)", 5, () => getVocabulary(client));
  await timeAsync("listOpenDeadlines", 5, () => listOpenDeadlines(filters, client));
  const json = time("JSON.stringify(packed items)", 3, () => JSON.stringify(packed));
  console.log(`  packed items as JSON: ${(json.length / 1048576).toFixed(2)} MB (the body of /api/timeline, computed once per data version)`);
  await client.$disconnect();

  console.log(`\nClient pipeline in node (lib/timeline), width ${WIDTH}px, fit-all window:`);
  const today = toDayNumber(TODAY);
  const items = time("unpackItem + sort(compareItems)   [once per page]", 5, () => packed.map(unpackItem).sort(compareItems));
  const index = time("buildIndex                         [once]", 5, () => buildIndex(items));
  const extent = time("extentOf                           [once]", 5, () => extentOf(items, today));
  const limits = limitsFor(extent);
  const names = new Map<string, string>();
  const lanes = time("lanesFor(country)                  [once]", 5, () => lanesFor(items, "country", names));
  time("histogram (minimap)                [once]", 5, () => histogram(items, extent, Math.floor(WIDTH / 4)));
  const options = (w: { from: number; to: number }) => ({ ...DEFAULT_LAYOUT, maxRowsPerLane: lanes.length > 6 ? 3 : 5, scale: dayScale(w, WIDTH) });
  let window = clampWindow(extent, limits);
  const shown = time("visibleItems                       [every step]", 10, () => visibleItems(index, window.from, window.to));
  const layout = time("layoutTimeline                     [every step]", 10, () => layoutTimeline(shown, lanes, "country", options(window)));
  time("laneBoxes                          [every step]", 10, () => laneBoxes(layout.lanes));
  time("multiLevelTicks                    [every step]", 10, () => multiLevelTicks(window.from, window.to, WIDTH));
  const source = timelineSource(items, "country", names, []);
  const view = time("timelineView (all of the above, placed) [every step]", 10, () => timelineView(source, { window, width: WIDTH, today }));
  const palette = Object.fromEntries(["text", "muted", "laneBackground", "grid", "today", "occurred", "announced", "due", "superseded", "selection", "cluster", "clusterText", "background"].map((k) => [k, "#000"])) as unknown as Palette;
  const { ctx, calls } = countingContext();
  time("drawTimeline, no-op context (JS only)  [every step]", 10, () => drawTimeline(ctx, { view, palette }));
  const perDraw = [...calls.entries()].map(([k, n]) => `${k} ${n / 10}`).join(", ");
  console.log(`  in view ${shown.length}, placed ${layout.placed.length}, clusters ${layout.clusters.length}, rows ${layout.lanes.reduce((s, l) => s + l.rows, 0)}`);
  console.log(`  canvas calls per draw: ${perDraw}`);

  console.log(`\nA zoom-in sequence (15 steps of ×2^0.2 around the centre), per step timelineView:`);
  const perStep: string[] = [];
  for (let i = 0; i < 15; i++) {
    window = zoomWindow(window, Math.pow(2, 0.2), limits);
    const t = performance.now();
    const v = timelineView(source, { window, width: WIDTH, today });
    perStep.push(`${(performance.now() - t).toFixed(1)} ms/${v.shown.length}→${v.layout.placed.length}`);
  }
  console.log(`  ${perStep.join(", ")}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
