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
        const sentence = text.slice(start, end);
        sentences.push({ start, end, text: sentence, paragraph, heading: !TERMINAL.test(sentence) });
      }
    }
    paragraph++;
  }
  return sentences;
}
