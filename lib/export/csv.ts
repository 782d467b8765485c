import type { CitationView, TimelineEvent } from "@/lib/domain";

/** Spreadsheets run a cell that starts with one of these as a formula (CSV injection). */
export const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One RFC 4180 field: a value a spreadsheet would read as a formula gets a leading apostrophe, and a
 * field holding a quote, comma, CR or LF is quoted with its quotes doubled.
 */
export function csvField(value: string | number): string {
  const text = String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 records, each ended by CRLF. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(",")}\r\n`).join("");
}

export const EVENT_CSV_HEADER = [
  "slug",
  "title",
  "kind",
  "status",
  "date_start",
  "date_end",
  "precision",
  "date_label",
  "countries",
  "topics",
  "actors",
  "permalink",
  "quote",
  "quote_start",
  "quote_end",
  "supports",
  "source_title",
  "source_publisher",
  "source_author",
  "source_published",
  "source_url",
  // What an import needs beyond what a reader wants, so an export can be imported again unchanged.
  "summary",
  "date_announced",
  "timezone",
  "date_note",
  "topic_slugs",
  "actor_slugs",
  "source_slug",
] as const;

const list = (values: string[]) => values.join("; ");

function citationColumns(citation: CitationView | undefined): (string | number)[] {
  if (!citation) return ["", "", "", "", "", "", "", "", ""];
  const { source } = citation;
  return [citation.quote, citation.start, citation.end, citation.supports, source.title, source.publisher, source.author ?? "", source.publishedAt, source.url ?? ""];
}

function importColumns(event: TimelineEvent, citation: CitationView | undefined): string[] {
  return [
    event.summary,
    event.date.announced ?? "",
    event.date.timezone ?? "",
    event.date.note ?? "",
    list(event.topics.map((t) => t.slug)),
    list(event.actors.map((a) => a.slug)),
    citation?.source.slug ?? "",
  ];
}

/**
 * One row per citation, the event's columns repeated on each, so every row carries the quote it rests on
 * (an event without citations still gets one row). `baseUrl` makes the permalinks absolute.
 */
export function eventsCsv(events: readonly TimelineEvent[], baseUrl: string): string {
  const rows = events.flatMap((event) => {
    const columns = [
      event.slug,
      event.title,
      event.kind,
      event.status,
      event.date.start,
      event.date.end,
      event.date.precision,
      event.date.label,
      list(event.countries.map((c) => c.code)),
      list(event.topics.map((t) => t.name)),
      list(event.actors.map((a) => a.name)),
      new URL(event.url, baseUrl).toString(),
    ];
    const citations = event.citations.length > 0 ? event.citations : [undefined];
    return citations.map((citation) => [...columns, ...citationColumns(citation), ...importColumns(event, citation)]);
  });
  return toCsv([EVENT_CSV_HEADER, ...rows]);
}
