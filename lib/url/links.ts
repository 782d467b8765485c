import { toDayNumber } from "@/lib/dates/calendar-date";
import type { EventDate } from "@/lib/domain";
import { serializeWindow } from "./window";

/** The home page with an event selected and a window around it, for "view on timeline" links; `asOf` keeps a past view. */
export function timelineLinkFor(slug: string, date: Pick<EventDate, "start" | "end">, asOf: string | null = null): string {
  const start = toDayNumber(date.start);
  const end = toDayNumber(date.end) + 1;
  const pad = Math.max(45, end - start);
  const params = new URLSearchParams({ event: slug, window: serializeWindow({ from: start - pad, to: end + pad }) });
  if (asOf) params.set("asOf", asOf);
  return `/?${params.toString()}`;
}
