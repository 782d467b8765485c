import { parseJsonText } from "@/lib/api/write-request";
import { WriteRejectedError, type WriteIssue } from "@/lib/data/errors";
import { parseImportBundle } from "@/lib/data/write";
import type { ImportBundle } from "@/lib/validation/write";
import { eventsFromCsv, rowPath } from "./csv";

export type ImportFormat = "json" | "csv";

/** The import format a Content-Type names, or null for one the import does not take. */
export function importFormatOf(contentType: string | null): ImportFormat | null {
  const type = contentType?.split(";")[0].trim().toLowerCase();
  if (type === "application/json") return "json";
  if (type === "text/csv") return "csv";
  return null;
}

/**
 * An import file read and validated, for the API, the /import page and `npm run import` alike.
 * `explain` turns an issue path of the bundle into the file's terms (a CSV's row numbers).
 */
export function parseImport(text: string, format: ImportFormat): { bundle: ImportBundle; explain: (issues: WriteIssue[]) => WriteIssue[] } {
  if (format === "json") {
    return { bundle: parseImportBundle(parseJsonText(text)), explain: (issues) => issues };
  }
  const { bundle, rowsOf, issues } = eventsFromCsv(text);
  const explain = (list: WriteIssue[]) => list.map((issue) => ({ ...issue, path: rowPath(issue.path, rowsOf) }));
  if (issues.length) throw new WriteRejectedError(`${issues.length} problem(s) in the CSV; nothing was written`, issues);
  try {
    return { bundle: parseImportBundle(bundle), explain };
  } catch (error) {
    if (error instanceof WriteRejectedError) throw new WriteRejectedError(error.message, explain(error.issues));
    throw error;
  }
}
