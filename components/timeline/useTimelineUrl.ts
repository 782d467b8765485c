"use client";

import { useSearchParams } from "next/navigation";
import { useEffect, useRef } from "react";
import type { Window } from "@/lib/timeline/controller";
import { readableQuery } from "@/lib/url/page-state";
import { parseWindow, serializeWindow } from "@/lib/url/window";

interface UrlView {
  visible: Window;
  selected?: string;
  lanes: "country" | "topic";
}

/**
 * Keeps the address in step with the view: zooming and panning replace the current history entry
 * (so Back does not replay every wheel step), selecting an event or switching lanes adds one. When
 * Back or Forward changes the address, the view adopts it.
 */
export function useTimelineUrl(view: UrlView, fitAll: Window, apply: (view: Partial<UrlView> & { visible: Window }) => void, loaded: boolean): void {
  const searchParams = useSearchParams();
  const written = useRef<string | null>(null);
  const applyRef = useRef(apply);
  useEffect(() => {
    applyRef.current = apply;
  }, [apply]);

  // The fit-all view is the default: it needs no window in the address.
  const windowParam = serializeWindow(view.visible) === serializeWindow(fitAll) ? null : serializeWindow(view.visible);
  useEffect(() => {
    // Not before the events have arrived: until then the window is clamped to an empty timeline's
    // limits (around today), and writing that would replace the window a shared link asked for.
    if (!loaded) return;
    const timer = setTimeout(() => writeUrl(written, { window: windowParam }, "replace"), 250);
    return () => clearTimeout(timer);
  }, [windowParam, loaded]);

  useEffect(() => {
    writeUrl(written, { event: view.selected ?? null, lanes: view.lanes === "country" ? null : view.lanes }, "push");
  }, [view.selected, view.lanes]);


  useEffect(() => {
    // Typed nullable since pages/ exists (for /api/timeline); null only in a pages/ page, which this never is.
    if (!searchParams) return;
    const query = searchParams.toString();
    if (query === written.current) return;
    const windowValue = searchParams.get("window");
    const lanes = searchParams.get("lanes");
    applyRef.current({
      visible: (windowValue && parseWindow(windowValue)) || fitAll,
      selected: searchParams.get("event") ?? undefined,
      lanes: lanes === "topic" ? "topic" : "country",
    });
  }, [searchParams, fitAll]);
}

function writeUrl(written: { current: string | null }, changes: Record<string, string | null>, mode: "push" | "replace") {
  const params = new URLSearchParams(globalThis.location.search);
  let changed = false;
  for (const [key, value] of Object.entries(changes)) {
    if ((params.get(key) ?? null) === value) continue;
    changed = true;
    if (value === null) params.delete(key);
    else params.set(key, value);
  }
  if (!changed) return;
  written.current = params.toString();
  const query = readableQuery(params);
  const url = `${globalThis.location.pathname}${query ? `?${query}` : ""}`;
  if (mode === "push") globalThis.history.pushState(null, "", url);
  else globalThis.history.replaceState(null, "", url);
}
