import { citationSubject, formatCitations, formatViewCitation } from "@/lib/citations/format";
import type { CalendarDate } from "@/lib/dates/calendar-date";
import type { TimelineEvent } from "@/lib/domain";
import { serializeFilters, type EventFilters, type ParameterIssue } from "@/lib/url/filters";

/** A filtered view as a download: its format, file name and the metadata that says what it holds. */
export const EXPORT_FORMATS = ["json", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The `format` parameter: absent (or blank) means the plain API answer. */
export function parseExportFormat(params: URLSearchParams): { format?: ExportFormat; issues: ParameterIssue[] } {
  const values = params
    .getAll("format")
    .map((v) => v.trim())
    .filter((v) => v !== "");
  if (values.length === 0) return { issues: [] };
  if (values.length > 1) return { issues: [{ parameter: "format", value: values.join(","), message: "format may be given only once" }] };
  const format = values[0].toLowerCase();
  return (EXPORT_FORMATS as readonly string[]).includes(format)
    ? { format: format as ExportFormat, issues: [] }
    : { issues: [{ parameter: "format", value: values[0], message: `format must be one of ${EXPORT_FORMATS.join(", ")}` }] };
}

export interface ExportMetadata {
  exportedAt: CalendarDate;
  filters: EventFilters;
  /** The canonical query string of the view, as / and /api/events read it. */
  query: string;
  total: number;
  howToCite: string;
}

export function exportMetadata(filters: EventFilters, total: number, today: CalendarDate, baseUrl: string): ExportMetadata {
  const query = serializeFilters(filters).toString();
  const viewUrl = new URL(query ? `/?${query}` : "/", baseUrl).toString();
  return { exportedAt: today, filters, query, total, howToCite: formatViewCitation(viewUrl, today) };
}

/** JSON for an HTTP header, which must be ASCII: every other character written as a \u escape. */
export function headerJson(value: unknown): string {
  return JSON.stringify(value).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** The JSON download: the metadata, then the events with absolute permalinks and each citation's APA, Chicago and BibTeX forms. */
export function jsonExport(events: readonly TimelineEvent[], metadata: ExportMetadata, baseUrl: string) {
  return {
    metadata,
    events: events.map((event) => ({
      ...event,
      permalink: new URL(event.url, baseUrl).toString(),
      citations: event.citations.map((citation) => ({
        ...citation,
        cite: formatCitations(citationSubject(event, citation.source, baseUrl, metadata.exportedAt)),
      })),
    })),
  };
}
