import type { TimelineItem } from "./items";
import type { DayScale } from "./scale";
import { markShape, type MarkShape } from "./shape";

/** How marks are split into lanes: the URL's `lanes` modes, or one lane when the screen is too narrow for more. */
export type LaneMode = "country" | "topic" | "single";

export interface Lane {
  key: string;
  label: string;
}

export interface LayoutOptions {
  /** The window's days across the drawing's width. */
  scale: DayScale;
  maxRowsPerLane: number;
  pointWidth: number;
  gap: number;
  /** Width of one label character in pixels; labels are estimated, not measured, so layout stays pure. */
  charWidth: number;
  maxLabelChars: number;
  clusterWidth: number;
}

export const DEFAULT_LAYOUT: Omit<LayoutOptions, "scale"> = {
  maxRowsPerLane: 4,
  pointWidth: 12,
  gap: 6,
  charWidth: 6.6,
  maxLabelChars: 42,
  clusterWidth: 36,
};

export interface PlacedItem {
  item: TimelineItem;
  lane: number;
  row: number;
  shape: MarkShape;
  /** The mark's body in pixels. */
  x: number;
  width: number;
  /** The label text drawn beside the mark, or null when there was no room for it. */
  label: string | null;
  labelX: number;
}

export interface Cluster {
  lane: number;
  row: number;
  x: number;
  width: number;
  count: number;
  /** Day numbers the clustered items span, to zoom into. */
  from: number;
  to: number;
}

export interface LaneLayout extends Lane {
  rows: number;
}

export interface TimelineLayout {
  lanes: LaneLayout[];
  placed: PlacedItem[];
  clusters: Cluster[];
}

/** The lanes an item belongs to; an item with none goes to the "other" lane. */
export function laneKeys(item: TimelineItem, mode: LaneMode): string[] {
  if (mode === "single") return [SINGLE_LANE];
  const keys = mode === "country" ? item.countries : item.topics;
  return keys.length ? keys : [OTHER_LANE];
}

export const OTHER_LANE = "~other";
export const SINGLE_LANE = "~all";

export function truncateLabel(text: string, maxChars: number): string {
  return text.length <= maxChars ? text : `${text.slice(0, maxChars - 1).trimEnd()}…`;
}

/**
 * Lays out the visible items of each lane in rows: an item gets its label when a row has room for
 * mark and label, else just its mark, else it joins a count cluster in the lane's last row. The result
 * depends only on the inputs, so it can be computed on every frame and tested without a browser.
 */
export function layoutTimeline(visible: readonly TimelineItem[], lanes: readonly Lane[], mode: LaneMode, options: LayoutOptions): TimelineLayout {
  const { scale, maxRowsPerLane, pointWidth, gap, charWidth, maxLabelChars, clusterWidth } = options;
  const { width, place } = scale;
  const laneIndex = new Map(lanes.map((lane, i) => [lane.key, i]));
  const rowEnds: number[][] = lanes.map(() => []);
  // Where the last mark of each row ends (without its label), and that item, so a later mark can take its label's room.
  const rowMarkEnds: number[][] = lanes.map(() => []);
  const rowLast: PlacedItem[][] = lanes.map(() => []);
  const overflow: Map<number, Cluster>[] = lanes.map(() => new Map());
  const placed: PlacedItem[] = [];

  for (const item of visible) {
    const shape = markShape(item.precision);
    const x0 = place(item.start);
    const x1 = place(item.end + 1);
    const centred = shape === "point" || shape === "deadline";
    const x = centred ? (x0 + x1) / 2 - pointWidth / 2 : x0;
    const bodyWidth = centred ? pointWidth : Math.max(x1 - x0, 4);
    // Labels are sized, not built, here: only the few thousand placed marks get their text.
    const labelWidth = Math.min(item.title.length, maxLabelChars) * charWidth;
    // A band wide enough carries its label inside (from the visible part of it); others have it after the mark.
    const visibleStart = Math.max(x, 0);
    const inside = !centred && x + bodyWidth - visibleStart >= labelWidth + 8;
    const labelX = centred ? x + pointWidth + 4 : inside ? visibleStart + 4 : x + bodyWidth + 4;
    const withLabelEnd = Math.max(x + bodyWidth, labelX + labelWidth);
    const left = Math.max(x, 0);

    for (const key of laneKeys(item, mode)) {
      const lane = laneIndex.get(key);
      if (lane === undefined) continue;
      const ends = rowEnds[lane];
      // A row with room after everything in it, labels included; else one with room after its last mark, whose
      // label then gives way (only its mark fits); else the item joins the lane's cluster.
      let row = firstFreeRow(ends, ends, maxRowsPerLane, left - gap);
      if (row === -1) {
        row = firstFreeRow(ends, rowMarkEnds[lane], maxRowsPerLane, left - gap);
        if (row !== -1) rowLast[lane][row].label = null;
      }
      if (row !== -1) {
        const p: PlacedItem = { item, lane, row, shape, x, width: bodyWidth, label: truncateLabel(item.title, maxLabelChars), labelX };
        placed.push(p);
        ends[row] = withLabelEnd;
        rowMarkEnds[lane][row] = x + bodyWidth;
        rowLast[lane][row] = p;
        continue;
      }
      const centre = Math.min(Math.max(x + bodyWidth / 2, 0), width);
      // The last bin takes a centre on the right edge, so no cluster starts past the canvas.
      const bin = Math.min(Math.floor(centre / clusterWidth), Math.max(Math.ceil(width / clusterWidth) - 1, 0));
      const cluster = overflow[lane].get(bin);
      if (cluster) {
        cluster.count++;
        cluster.from = Math.min(cluster.from, item.start);
        cluster.to = Math.max(cluster.to, item.end + 1);
      } else {
        overflow[lane].set(bin, { lane, row: -1, x: bin * clusterWidth + 2, width: clusterWidth - 4, count: 1, from: item.start, to: item.end + 1 });
      }
    }
  }

  const clusters: Cluster[] = [];
  const laneLayouts = lanes.map((lane, i) => {
    const usedRows = rowEnds[i].length;
    const hasOverflow = overflow[i].size > 0;
    for (const cluster of overflow[i].values()) clusters.push({ ...cluster, row: usedRows });
    return { ...lane, rows: Math.max(1, usedRows + (hasOverflow ? 1 : 0)) };
  });
  return { lanes: laneLayouts, placed, clusters };
}

/** The first row (below `maxRows`) that is unused or whose end is at or before `limit`; -1 when none is. */
function firstFreeRow(used: readonly number[], rowEnd: readonly number[], maxRows: number, limit: number): number {
  for (let row = 0; row < maxRows; row++) if (row >= used.length || rowEnd[row] <= limit) return row;
  return -1;
}

/** Lanes for the items shown, most populated first, with readable labels. */
export function lanesFor(items: readonly TimelineItem[], mode: LaneMode, names: ReadonlyMap<string, string>): Lane[] {
  const counts = new Map<string, number>();
  for (const item of items) for (const key of laneKeys(item, mode)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => (a[0] === OTHER_LANE ? 1 : b[0] === OTHER_LANE ? -1 : b[1] - a[1] || (a[0] < b[0] ? -1 : 1)))
    .map(([key]) => ({ key, label: laneLabel(key, mode, names) }));
}

function laneLabel(key: string, mode: LaneMode, names: ReadonlyMap<string, string>): string {
  if (key === SINGLE_LANE) return "All events";
  if (key === OTHER_LANE) return mode === "country" ? "No country" : "No topic";
  return names.get(key) ?? key;
}
