import { clampWindow, extentOf, limitsFor, type Window } from "@/lib/timeline/controller";
import type { TimelineItem } from "@/lib/timeline/items";
import { cssVariablePalette } from "@/lib/timeline/palette-variables";
import type { TargetChain } from "@/lib/timeline/target-chains";
import { laneModeFor, timelineSource, timelineView, type TimelineView } from "@/lib/timeline/view";
import { timelineSvgParts, type TimelineSvgParts } from "./timeline-svg";

/** The width the server assumes for the timeline; the browser scales the frame to the real one. */
export const FIRST_FRAME_WIDTH = 1000;

export interface FirstFrameOptions {
  lanes: "country" | "topic";
  names: ReadonlyMap<string, string>;
  window?: Window;
  today: number;
  /** The targets drawn over the lanes, as the live view draws them. */
  chains: readonly TargetChain[];
}

export type FirstFrameParts = TimelineSvgParts;

/** The view the page opens on: the window asked for (or all the items), at the assumed width. */
export function firstFrameView(items: readonly TimelineItem[], { lanes, names, window, today, chains }: FirstFrameOptions): TimelineView {
  const width = FIRST_FRAME_WIDTH;
  const extent = extentOf(items, today);
  const source = timelineSource(items, laneModeFor(width, lanes), names, chains);
  return timelineView(source, { window: clampWindow(window ?? extent, limitsFor(extent)), width, today });
}

/**
 * The timeline's opening view, drawn on the server by the same view and painting as the canvas and the
 * export (coloured by the page's CSS variables), so the timeline is on screen as soon as the HTML is,
 * and without JavaScript. Null when nothing would be drawn.
 */
export function firstFrame(items: readonly TimelineItem[], options: FirstFrameOptions): FirstFrameParts | null {
  if (items.length === 0) return null;
  const view = firstFrameView(items, options);
  if (view.layout.placed.length === 0 && view.layout.clusters.length === 0) return null;
  return timelineSvgParts({ view, palette: cssVariablePalette() });
}
