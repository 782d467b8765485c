import { buildIndex, visibleItems } from "@/lib/timeline/visible";
import { clampWindow, extentOf, limitsFor, type Window } from "@/lib/timeline/controller";
import { laneModeFor, layoutFrame } from "@/lib/timeline/frame";
import type { TimelineItem } from "@/lib/timeline/items";
import { lanesFor } from "@/lib/timeline/layout";
import { cssVariablePalette } from "@/lib/timeline/palette-variables";
import { chainsForItems, layoutChains, type ChainRow, type TargetChain } from "@/lib/timeline/target-chains";
import { multiLevelTicks } from "@/lib/timeline/ticks";
import { timelineSvgParts } from "./timeline-svg";

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

export interface FirstFrameParts {
  /** The axis, as an inline SVG element. */
  axis: string;
  /** The target strip's rows, for the same component the live view draws them with. */
  chainRows: ChainRow[];
  /** The lanes with their marks, as an inline SVG element. */
  lanes: string;
}

/**
 * The timeline's opening view, drawn on the server by the same layout and drawing code as the canvas
 * (the window the page opens on, coloured by the page's CSS variables), so the timeline is on screen as
 * soon as the HTML is, and without JavaScript. Null when nothing would be drawn.
 */
export function firstFrame(items: readonly TimelineItem[], { lanes, names, window, today, chains }: FirstFrameOptions): FirstFrameParts | null {
  if (items.length === 0) return null;
  const width = FIRST_FRAME_WIDTH;
  const extent = extentOf(items, today);
  const shownWindow = clampWindow(window ?? extent, limitsFor(extent));
  const mode = laneModeFor(width, lanes);
  const shown = visibleItems(buildIndex(items), shownWindow.from, shownWindow.to);
  const layout = layoutFrame(shown, lanesFor(items, mode, names), mode, shownWindow, width);
  if (layout.placed.length === 0 && layout.clusters.length === 0) return null;
  const parts = timelineSvgParts({ layout, palette: cssVariablePalette(), width, window: shownWindow, ticks: multiLevelTicks(shownWindow.from, shownWindow.to, width), today });
  const chainRows = layoutChains(chainsForItems(chains, items), shownWindow, width);
  return { ...parts, chainRows };
}
