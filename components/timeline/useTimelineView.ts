"use client";

import { useMemo } from "react";
import type { Window } from "@/lib/timeline/controller";
import type { TimelineItem } from "@/lib/timeline/items";
import type { TargetChain } from "@/lib/timeline/target-chains";
import { laneModeFor, timelineSource, timelineView, type TimelineView } from "@/lib/timeline/view";

interface ViewInput {
  chains: readonly TargetChain[];
  names: Record<string, string>;
  today: number;
  width: number;
  lanes: "country" | "topic";
  window: Window;
}

/** The view of the visible window: what depends on the items alone is kept across frames, the rest is one call per frame. */
export function useTimelineView(items: readonly TimelineItem[], { chains, names, today, width, lanes, window }: ViewInput): TimelineView {
  const mode = laneModeFor(width, lanes);
  const nameMap = useMemo(() => new Map(Object.entries(names)), [names]);
  const source = useMemo(() => timelineSource(items, mode, nameMap, chains), [items, mode, nameMap, chains]);
  return useMemo(() => timelineView(source, { window, width, today }), [source, window, width, today]);
}
