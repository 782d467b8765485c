import type { TimelineItem } from "./items";
import type { Window } from "./controller";

/** How many items start in each of `bins` equal slices of the extent: the overview strip's shape. */
export function histogram(items: readonly TimelineItem[], extent: Window, bins: number): number[] {
  const counts = new Array<number>(bins).fill(0);
  const span = extent.to - extent.from;
  if (span <= 0 || bins <= 0) return counts;
  for (const item of items) {
    const mid = (item.start + item.end + 1) / 2;
    const bin = Math.floor(((mid - extent.from) / span) * bins);
    if (bin >= 0 && bin < bins) counts[bin]++;
  }
  return counts;
}
