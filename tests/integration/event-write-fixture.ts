import { eventWriteSchema, type EventWrite } from "@/lib/validation/write";

export const SEED_SOURCE = "we2news-2025-10-28-japan-us-defense-ministers-meeting";
export const SEED_QUOTE = "Japanese Defense Minister Shinjiro Koizumi";

/** A valid event write citing the seed article, with `overrides` applied. */
export function eventWriteFixture(overrides: Record<string, unknown> = {}): EventWrite {
  return eventWriteSchema.parse({
    slug: "test-event",
    title: "A test event",
    summary: "Written by the integration tests.",
    kind: "statement",
    status: "occurred",
    date: { start: "2025-10-29", end: "2025-10-29", precision: "day", label: "29 October 2025" },
    countries: ["JP"],
    topics: [],
    actors: [],
    citations: [{ source: SEED_SOURCE, quote: SEED_QUOTE, occurrence: 0 }],
    ...overrides,
  });
}
