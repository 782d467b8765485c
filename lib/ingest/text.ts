import { convert } from "html-to-text";

export const INGEST_TEXT_LIMIT = 200_000;
export type IngestFormat = "text" | "markdown" | "html";

/**
 * The text an ingestion stores and indexes: line endings normalised once, here on the server (browsers
 * submit CRLF), and HTML reduced to its readable text (scripts, styles, navigation and images dropped,
 * paragraphs kept as blank-line-separated blocks). Text and Markdown are kept as given otherwise.
 */
export function sourceText(raw: string, format: IngestFormat): string {
  const text = raw.replace(/\r\n?/g, "\n");
  if (format !== "html") return text;
  return convert(text, {
    wordwrap: false,
    preserveNewlines: false,
    selectors: [
      { selector: "a", options: { ignoreHref: true } },
      { selector: "img", format: "skip" },
      { selector: "script", format: "skip" },
      { selector: "style", format: "skip" },
      { selector: "noscript", format: "skip" },
      { selector: "nav", format: "skip" },
      { selector: "h1", options: { uppercase: false } },
      { selector: "h2", options: { uppercase: false } },
      { selector: "h3", options: { uppercase: false } },
      { selector: "h4", options: { uppercase: false } },
      { selector: "table", format: "dataTable", options: { uppercaseHeaderCells: false } },
      { selector: "ul", options: { itemPrefix: "- " } },
    ],
  })
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
