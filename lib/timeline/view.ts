import type { Window } from "./controller";
import { laneBoxes, type LaneBox } from "./geometry";
import type { TimelineItem } from "./items";
import { DEFAULT_LAYOUT, lanesFor, layoutTimeline, type Lane, type LaneMode, type TimelineLayout } from "./layout";
import { dayScale, type DayScale } from "./scale";
import { chainsForItems, layoutChains, type TargetChain, type TargetStripLayout } from "./target-chains";
import { multiLevelTicks, type Tick } from "./ticks";
import { buildIndex, visibleItems, type ItemIndex } from "./visible";

/** Below this width lanes would be too short to read, so all events share one lane. */
export const NARROW_WIDTH = 600;

export function laneModeFor(width: number, chosen: "country" | "topic"): LaneMode {
  return width < NARROW_WIDTH ? "single" : chosen;
}

/** What every frame of one set of items is drawn from: computed once per items and lane mode, not per frame. */
export interface TimelineSource {
  index: ItemIndex;
  mode: LaneMode;
  lanes: Lane[];
  /** The targets with a revision announced by one of the items. */
  chains: TargetChain[];
}

/** `items` in time order (compareItems), as /api/timeline's are once unpacked. */
export function timelineSource(items: readonly TimelineItem[], mode: LaneMode, names: ReadonlyMap<string, string>, chains: readonly TargetChain[]): TimelineSource {
  return { index: buildIndex(items), mode, lanes: lanesFor(items, mode, names), chains: chainsForItems(chains, items) };
}

export interface PlacedTick extends Tick {
  x: number;
}

/** One frame of the timeline, placed: everything the canvas, the first frame and the export paint, and nothing they compute. */
export interface TimelineView {
  window: Window;
  width: number;
  scale: DayScale;
  mode: LaneMode;
  /** The items in the window, in time order. */
  shown: TimelineItem[];
  layout: TimelineLayout;
  boxes: LaneBox[];
  /** Height of the lanes. */
  height: number;
  /** Fine ticks at their day (the lanes' grid lines); coarse ones kept on the drawing, so the period the window starts in is named. */
  ticks: { fine: PlacedTick[]; coarse: PlacedTick[] };
  /** x of today, or null when today is out of view. */
  todayX: number | null;
  /** The target strip over the lanes. */
  targets: TargetStripLayout;
}

/** The timeline's view of `window` across `width` pixels: a pure function of its inputs, so each frame is one call. */
export function timelineView(source: TimelineSource, { window, width, today }: { window: Window; width: number; today: number }): TimelineView {
  const scale = dayScale(window, width);
  const shown = visibleItems(source.index, window.from, window.to);
  const layout = layoutTimeline(shown, source.lanes, source.mode, {
    ...DEFAULT_LAYOUT,
    // Fewer rows per lane when there are many lanes, more when they are collapsed into one.
    maxRowsPerLane: source.mode === "single" ? 8 : source.lanes.length > 6 ? 3 : 5,
    scale,
  });
  const { boxes, height } = laneBoxes(layout.lanes);
  const ticks = multiLevelTicks(window.from, window.to, width);
  const todayX = scale.place(today);
  return {
    window,
    width,
    scale,
    mode: source.mode,
    shown,
    layout,
    boxes,
    height,
    ticks: {
      fine: ticks.fine.map((t) => ({ ...t, x: scale.place(t.day) })),
      coarse: ticks.coarse.map((t) => ({ ...t, x: Math.max(scale.place(t.day), 0) })),
    },
    todayX: todayX >= 0 && todayX <= width ? todayX : null,
    targets: layoutChains(source.chains, scale),
  };
}
