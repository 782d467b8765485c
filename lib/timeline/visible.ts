import type { TimelineItem } from "./items";

/**
 * Items sorted by start with the longest duration known, so the items overlapping a window are found
 * by binary search instead of a scan of all of them.
 */
export interface ItemIndex {
  items: readonly TimelineItem[];
  maxDuration: number;
}

export function buildIndex(sortedItems: readonly TimelineItem[]): ItemIndex {
  let maxDuration = 0;
  for (const item of sortedItems) maxDuration = Math.max(maxDuration, item.end - item.start);
  return { items: sortedItems, maxDuration };
}

function firstStartAtOrAfter(items: readonly TimelineItem[], day: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid].start < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Items whose days [start, end + 1) overlap the window [from, to) (day numbers, fractional allowed), in time order. */
export function visibleItems(index: ItemIndex, from: number, to: number): TimelineItem[] {
  const { items, maxDuration } = index;
  const out: TimelineItem[] = [];
  for (let i = firstStartAtOrAfter(items, Math.floor(from) - maxDuration); i < items.length && items[i].start < to; i++) {
    if (items[i].end + 1 > from) out.push(items[i]);
  }
  return out;
}
