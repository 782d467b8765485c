import nlp from "compromise/one";

export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** Index of the paragraph (text between blank lines). */
  paragraph: number;
  /** A line without closing punctuation: a headline, byline or section title, not a claim. */
  heading: boolean;
}

const TERMINAL = /[.!?。！？]["'”’)\]]*$/;

/**
 * The sentences of a text with their UTF-16 offsets (text.slice(start, end) === sentence.text).
 * compromise splits sentences where Intl.Segmenter breaks after "U.S." and keeps a quotation of
 * several sentences in the sentence that carries it; paragraphs (blank lines) always end one.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  for (const block of text.matchAll(/[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g)) {
    const blockText = block[0];
    if (!blockText.trim()) continue;
    const base = block.index;
    const lines = blockText.split("\n");
    // A block of short lines none of which ends a sentence is a list of headings (one per line).
    const parts = lines.length > 1 && lines.every((l) => !TERMINAL.test(l.trim()))
      ? lines.map((line, i) => ({ at: lines.slice(0, i).reduce((n, l) => n + l.length + 1, 0), text: line }))
      : [{ at: 0, text: blockText }];
    for (const part of parts) {
      const doc = nlp.tokenize(part.text);
      // terms: false skips the per-word output, which halves the time on long texts
      const json = doc.json.bind(doc) as (options: object) => { offset: { start: number; length: number } }[];
      for (const found of json({ offset: true, terms: false })) {
        let start = base + part.at + found.offset.start;
        let end = start + found.offset.length;
        while (start < end && /\s/.test(text[start])) start++;
        while (end > start && /\s/.test(text[end - 1])) end--;
        if (end <= start) continue;
        for (const [from, to] of afterClosingQuotes(text, start, end)) {
          const sentence = text.slice(from, to);
          sentences.push({ start: from, end: to, text: sentence, paragraph, heading: !TERMINAL.test(sentence) });
        }
      }
    }
    paragraph++;
  }
  return sentences;
}

/**
 * compromise does not end a sentence after a closing quotation mark ('… will respond." Then they
 * left.'): split there, where the quotes before are balanced, so the next sentence is its own.
 */
function afterClosingQuotes(text: string, start: number, end: number): [number, number][] {
  const parts: [number, number][] = [];
  let from = start;
  const pattern = /[.!?]["”’']\s+(?=["“]?\p{Lu})/gu;
  const slice = text.slice(start, end);
  for (const match of slice.matchAll(pattern)) {
    const cut = start + match.index + 2;
    const before = text.slice(from, cut);
    const straight = (before.match(/"/g) ?? []).length;
    const opened = (before.match(/“/g) ?? []).length;
    const closed = (before.match(/”/g) ?? []).length;
    if (straight % 2 !== 0 || opened !== closed) continue;
    parts.push([from, cut]);
    from = start + match.index + match[0].length;
  }
  parts.push([from, end]);
  return parts;
}
