"use client";

import { useEffect, useState } from "react";
import type { TimelineEvent } from "@/lib/domain";

export type Details = { status: "idle" } | { status: "loading" } | { status: "ready"; event: TimelineEvent } | { status: "error"; message: string };

const cache = new Map<string, TimelineEvent>();

/** The full event (with citations) for the selection, from the server's first render or the API. */
export function useEventDetails(slug: string | undefined, initial?: TimelineEvent): Details {
  if (initial) cache.set(initial.slug, initial);
  const [failures, setFailures] = useState<Record<string, string>>({});
  const [, setLoaded] = useState(0);

  useEffect(() => {
    if (!slug || cache.has(slug)) return;
    const controller = new AbortController();
    fetch(`/api/events/${encodeURIComponent(slug)}`, { signal: controller.signal })
      .then(async (response) => {
        const body = (await response.json()) as { event?: TimelineEvent; error?: string };
        if (!response.ok || !body.event) throw new Error(body.error ?? `The event could not be loaded (${response.status}).`);
        cache.set(slug, body.event);
        setLoaded((n) => n + 1);
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setFailures((f) => ({ ...f, [slug]: error instanceof Error ? error.message : String(error) }));
      });
    return () => controller.abort();
  }, [slug]);

  if (!slug) return { status: "idle" };
  const event = cache.get(slug);
  if (event) return { status: "ready", event };
  if (failures[slug]) return { status: "error", message: failures[slug] };
  return { status: "loading" };
}
