import { NextResponse } from "next/server";
import { resolveToday } from "@/lib/dates/countdown";
import type { TimelineEvent } from "@/lib/domain";
import { eventsCsv } from "@/lib/export/csv";
import { exportFilename } from "@/lib/export/filename";
import { exportMetadata, headerJson, jsonExport, type ExportFormat } from "@/lib/export/view";
import type { EventFilters } from "@/lib/url/filters";

/**
 * A byte order mark before the CSV: Excel, the program most people open a downloaded CSV with, reads
 * UTF-8 without one as the local ANSI code page and garbles "–", "é" and any Japanese. Parsers that follow
 * RFC 4180 strictly may keep it in the first header name; programs should prefer format=json or the API.
 */
const UTF8_BOM = "\uFEFF";

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8; header=present",
  json: "application/json; charset=utf-8",
};

/** The filtered events as a download, with the export's metadata in the X-Policy-Timeline-Export header. */
export function exportResponse(format: ExportFormat, events: TimelineEvent[], filters: EventFilters, baseUrl: string): NextResponse {
  const today = resolveToday("UTC");
  const metadata = exportMetadata(filters, events.length, today, baseUrl);
  const body = format === "csv" ? UTF8_BOM + eventsCsv(events, baseUrl) : JSON.stringify(jsonExport(events, metadata, baseUrl), null, 2);
  return new NextResponse(body, {
    headers: {
      "Content-Type": CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="${exportFilename(filters, today, format)}"`,
      "X-Policy-Timeline-Export": headerJson(metadata),
    },
  });
}
