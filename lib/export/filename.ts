import type { CalendarDate } from "@/lib/dates/calendar-date";
import { serializeFilters, type EventFilters } from "@/lib/url/filters";

/** What a download of a view can be: the data, or the timeline as drawn. */
export type DownloadExtension = "json" | "csv" | "svg" | "png";

const MAX_FILTER_PART = 100;

/** ASCII letters, digits and + . - only: accents dropped, anything else a hyphen. */
function filenameSafe(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9+.-]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** "policy-timeline_country-CN_2026-11-26.csv": the filters in their canonical order, then the day. */
export function exportFilename(filters: EventFilters, today: CalendarDate, extension: DownloadExtension): string {
  const parts = [...serializeFilters(filters).entries()].map(([name, value]) => `${name}-${filenameSafe(value.replace(/,/g, "+"))}`);
  const view = parts.join("_").slice(0, MAX_FILTER_PART).replace(/[-_+.]+$/, "");
  return `${["policy-timeline", view, today].filter(Boolean).join("_")}.${extension}`;
}
