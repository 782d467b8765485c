/**
 * What the search box's text means, the same on both engines: its words (letters and digits, any
 * script), every one of which must match, the last few letters of each allowed to be still unwritten
 * (prefix matching while typing). The engines stem the words and fold diacritics themselves.
 */
export const MAX_SEARCH_WORDS = 12;
const MAX_WORD_LENGTH = 64;

export function searchWords(q: string): string[] {
  const words = q
    .normalize("NFC")
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .map((w) => w.slice(0, MAX_WORD_LENGTH));
  return [...new Set(words)].slice(0, MAX_SEARCH_WORDS);
}

/** An FTS5 MATCH expression: each word a quoted prefix term, implicitly AND-ed. Quoting keeps FTS5 syntax out. */
export function fts5Expression(words: readonly string[]): string {
  return words.map((w) => `"${w.replaceAll('"', '""')}"*`).join(" ");
}

/** A to_tsquery input: each word a prefix lexeme, all AND-ed. Words hold only letters and digits, so no tsquery syntax gets in. */
export function tsqueryExpression(words: readonly string[]): string {
  return words.map((w) => `${w.replace(/[^\p{L}\p{M}\p{N}]/gu, "")}:*`).join(" & ");
}

// The engines mark the matched words in a snippet with these control characters, which no stored text
// carries; the snippet goes out as parts, never as markup.
export const MARK_START = "\u0002";
export const MARK_END = "\u0003";

export interface SnippetPart {
  text: string;
  match?: true;
}

/** A snippet as the engine marked it, cut into plain and matched parts (adjacent plain runs merged). */
export function snippetParts(marked: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const push = (text: string, match: boolean) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last && !last.match && !match) last.text += text;
    else parts.push(match ? { text, match: true } : { text });
  };
  let rest = marked.replace(/\s+/g, " ").trim();
  while (rest) {
    const open = rest.indexOf(MARK_START);
    if (open < 0) {
      push(rest.replaceAll(MARK_END, ""), false);
      break;
    }
    push(rest.slice(0, open).replaceAll(MARK_END, ""), false);
    const close = rest.indexOf(MARK_END, open + 1);
    const end = close < 0 ? rest.length : close;
    push(rest.slice(open + 1, end).replaceAll(MARK_START, ""), true);
    rest = rest.slice(end + 1);
  }
  return parts;
}
