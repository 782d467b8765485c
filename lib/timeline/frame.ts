import { DEFAULT_LAYOUT, layoutTimeline, type Lane, type LaneMode, type TimelineLayout } from "./layout";
import type { TimelineItem } from "./items";
import type { Window } from "./controller";

/** Below this width lanes would be too short to read, so all events share one lane. */
export const NARROW_WIDTH = 600;

export function laneModeFor(width: number, chosen: "country" | "topic"): LaneMode {
  return width < NARROW_WIDTH ? "single" : chosen;
}

/** One frame's layout: fewer rows per lane when there are many lanes, more when they are collapsed into one. */
export function layoutFrame(shown: readonly TimelineItem[], lanes: readonly Lane[], mode: LaneMode, window: Window, width: number): TimelineLayout {
  return layoutTimeline(shown, lanes, mode, {
    ...DEFAULT_LAYOUT,
    maxRowsPerLane: mode === "single" ? 8 : lanes.length > 6 ? 3 : 5,
    width,
    from: window.from,
    to: window.to,
  });
}
