"use client";

import { useEffect, useState } from "react";
import { compareItems, unpackItem, type PackedItem, type TimelineItem } from "@/lib/timeline/items";

export type ItemsState = { status: "loading" } | { status: "ready"; items: TimelineItem[] } | { status: "error"; message: string };

/** The timeline's events from /api/timeline (which the page preloads), unpacked and in time order. */
export function useTimelineItems(url: string): ItemsState {
  const [state, setState] = useState<{ url: string; result: ItemsState } | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    fetch(url, { signal: controller.signal })
      .then(async (response) => {
        const body = (await response.json()) as { items?: PackedItem[]; error?: string };
        if (!response.ok || !body.items) throw new Error(body.error ?? `The events could not be loaded (${response.status}).`);
        setState({ url, result: { status: "ready", items: body.items.map(unpackItem).sort(compareItems) } });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ url, result: { status: "error", message: error instanceof Error ? error.message : String(error) } });
      });
    return () => controller.abort();
  }, [url]);
  return state && state.url === url ? state.result : { status: "loading" };
}
