import type { TimelineItem } from "./items";

/** A timeline item for tests: a day when start equals end, else a month-precision span. */
export function testItem(slug: string, start: number, end = start, extra: Partial<TimelineItem> = {}): TimelineItem {
  return {
    slug,
    title: slug,
    label: slug,
    start,
    end,
    precision: start === end ? "day" : "month",
    status: "occurred",
    kind: "meeting",
    countries: [],
    topics: [],
    ...extra,
  };
}
