"use client";

import { useEffect, useState } from "react";
import type { TimelineEvent } from "@/lib/domain";

export type Details = { status: "idle" } | { status: "loading" } | { status: "ready"; event: TimelineEvent } | { status: "error"; message: string };

const cache = new Map<string, TimelineEvent>();
// An event's status and target refs depend on the day it is viewed as of.
const cacheKey = (slug: string, asOf: string | undefined) => (asOf ? `${slug}?asOf=${asOf}` : slug);

/** The full event (with citations) for the selection, as known on `asOf` when the view has one, from the server's first render or the API. */
export function useEventDetails(slug: string | undefined, initial?: TimelineEvent, asOf?: string): Details {
  if (initial) cache.set(cacheKey(initial.slug, asOf), initial);
  const [failures, setFailures] = useState<Record<string, string>>({});
  const [, setLoaded] = useState(0);

  useEffect(() => {
    if (!slug || cache.has(cacheKey(slug, asOf))) return;
    const controller = new AbortController();
    fetch(`/api/events/${encodeURIComponent(slug)}${asOf ? `?asOf=${asOf}` : ""}`, { signal: controller.signal })
      .then(async (response) => {
        const body = (await response.json()) as { event?: TimelineEvent; error?: string };
        if (!response.ok || !body.event) throw new Error(body.error ?? `The event could not be loaded (${response.status}).`);
        cache.set(cacheKey(slug, asOf), body.event);
        setLoaded((n) => n + 1);
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setFailures((f) => ({ ...f, [slug]: error instanceof Error ? error.message : String(error) }));
      });
    return () => controller.abort();
  }, [slug, asOf]);

  if (!slug) return { status: "idle" };
  const event = cache.get(cacheKey(slug, asOf));
  if (event) return { status: "ready", event };
  if (failures[slug]) return { status: "error", message: failures[slug] };
  return { status: "loading" };
}
