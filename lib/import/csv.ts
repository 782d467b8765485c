import { parse } from "csv-parse/sync";
import { EVENT_CSV_HEADER, FORMULA_START } from "@/lib/export/csv";
import type { ImportBundleInput } from "@/lib/validation/write";

export interface CsvIssue {
  path: string;
  message: string;
}

type Column = (typeof EVENT_CSV_HEADER)[number];
const REQUIRED: Column[] = ["slug", "title", "summary", "kind", "status", "date_start", "date_end", "precision", "date_label", "countries", "quote", "source_slug"];

/** The export writes "'=…" for a cell a spreadsheet would run; reading it back removes that apostrophe. */
const unescapeFormula = (value: string) => (value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value);
const list = (value: string) => value.split(";").map((v) => v.trim()).filter(Boolean);

/**
 * The events of a CSV in the export's columns (one row per citation; rows of one event share its slug),
 * in the import's shape. Rows are numbered as a spreadsheet numbers them (the header is row 1), so the
 * import's issues read "row 12: date_start". csv-parse does the parsing; this only maps columns.
 */
export function eventsFromCsv(text: string): { bundle: ImportBundleInput; rowsOf: number[][]; issues: CsvIssue[] } {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, columns: true, info: true, skip_empty_lines: true, relax_column_count: false, trim: false });
  } catch (error) {
    return { bundle: { events: [] }, rowsOf: [], issues: [{ path: "csv", message: (error as Error).message }] };
  }
  const issues: CsvIssue[] = [];
  const present = new Set(Object.keys(records[0]?.record ?? {}));
  const missing = REQUIRED.filter((c) => records.length > 0 && !present.has(c));
  if (missing.length) return { bundle: { events: [] }, rowsOf: [], issues: [{ path: "row 1", message: `missing column(s): ${missing.join(", ")}` }] };

  const events = new Map<string, { event: NonNullable<ImportBundleInput["events"]>[number]; rows: number[] }>();
  for (const { record, info } of records) {
    const row = info.lines;
    const cell = (c: Column) => unescapeFormula(record[c] ?? "");
    const number = (c: Column) => {
      const raw = cell(c).trim();
      if (raw === "") return undefined;
      const n = Number(raw);
      if (!Number.isInteger(n) || n < 0) issues.push({ path: `row ${row}: ${c}`, message: "must be a whole number" });
      return n;
    };
    const slug = cell("slug").trim();
    const citation = {
      source: cell("source_slug").trim(),
      quote: cell("quote"),
      start: number("quote_start"),
      end: number("quote_end"),
      supports: (cell("supports").trim() || "event") as "event",
    };
    const known = events.get(slug);
    if (known) {
      known.event.citations!.push(citation);
      known.rows.push(row);
      continue;
    }
    const topicNames = list(cell("topics"));
    const actorNames = list(cell("actors"));
    events.set(slug, {
      rows: [row],
      event: {
        slug,
        title: cell("title"),
        summary: cell("summary"),
        kind: cell("kind").trim() as "meeting",
        status: cell("status").trim() as "occurred",
        date: {
          start: cell("date_start").trim(),
          end: cell("date_end").trim(),
          precision: cell("precision").trim() as "day",
          label: cell("date_label"),
          ...(cell("timezone").trim() ? { timezone: cell("timezone").trim() } : {}),
          ...(cell("date_note") ? { note: cell("date_note") } : {}),
          ...(cell("date_announced").trim() ? { announced: cell("date_announced").trim() } : {}),
        },
        countries: list(cell("countries")),
        // Names and slugs are written in the same order, so a topic or actor new to this database is created with its name.
        topics: list(cell("topic_slugs")).map((s, i) => (topicNames[i] ? { slug: s, name: topicNames[i] } : s)),
        actors: list(cell("actor_slugs")).map((s, i) => (actorNames[i] ? { slug: s, name: actorNames[i] } : s)),
        citations: [citation],
      },
    });
  }
  const ordered = [...events.values()];
  return { bundle: { events: ordered.map((e) => e.event) }, rowsOf: ordered.map((e) => e.rows), issues };
}

/** "events[3].date.start" → "row 5: date.start": the row an event starts on, or the row of its citation. */
export function rowPath(path: string, rowsOf: readonly number[][]): string {
  const match = /^events\[(\d+)\](?:\.citations\[(\d+)\])?\.?(.*)$/.exec(path);
  const rows = match && rowsOf[Number(match[1])];
  if (!match || !rows) return path;
  const row = match[2] !== undefined ? rows[Number(match[2])] : rows[0];
  const rest = match[2] !== undefined ? `citation${match[3] ? `.${match[3]}` : ""}` : match[3];
  return `row ${row ?? rows[0]}${rest ? `: ${rest}` : ""}`;
}
