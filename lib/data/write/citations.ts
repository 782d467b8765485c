import { locateQuote, QuoteNotFoundError } from "@/lib/sources/quotes";
import type { EventWrite } from "@/lib/validation/write";
import type { WriteIssue } from "../errors";
import type { References } from "./references";

export interface LocatedCitation {
  source: string;
  quote: string;
  start: number;
  end: number;
  supports: string;
}

/**
 * Every citation's quote found verbatim in its source's stored text: offsets are computed when not
 * given and must match when given. Problems are added to `issues`, each naming its citation.
 */
export async function locateCitations(
  citations: EventWrite["citations"],
  refs: References,
  path: string,
  issues: WriteIssue[],
): Promise<LocatedCitation[]> {
  const located: LocatedCitation[] = [];
  for (const [i, c] of citations.entries()) {
    const at = `${path}.citations[${i}]`;
    const text = await refs.sourceText(c.source);
    if (text === null) {
      issues.push({ path: `${at}.source`, message: `unknown source "${c.source}": add the source (with its text) first` });
      continue;
    }
    if (c.start !== undefined && c.end !== undefined) {
      if (text.slice(c.start, c.end) !== c.quote) {
        issues.push({ path: at, message: `citation ${i + 1}: the quote is not the text of source "${c.source}" at ${c.start}–${c.end}` });
        continue;
      }
      located.push({ source: c.source, quote: c.quote, start: c.start, end: c.end, supports: c.supports });
      continue;
    }
    try {
      const range = locateQuote(text, c.quote, c.occurrence);
      located.push({ source: c.source, quote: c.quote, ...range, supports: c.supports });
    } catch (error) {
      if (!(error instanceof QuoteNotFoundError)) throw error;
      issues.push({ path: `${at}.quote`, message: `citation ${i + 1}: ${error.message} (source "${c.source}")` });
    }
  }
  return located;
}
