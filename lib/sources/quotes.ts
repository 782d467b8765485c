export interface TextRange {
  start: number;
  end: number;
}

export class QuoteNotFoundError extends Error {}

/**
 * Where a verbatim quote stands in a source text. A quote the text repeats must say which occurrence
 * it means, so an offset is never a guess.
 */
export function locateQuote(text: string, quote: string, occurrence?: number): TextRange {
  if (quote.length === 0) throw new QuoteNotFoundError("quote is empty");
  const positions: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) positions.push(at);
  if (positions.length === 0) throw new QuoteNotFoundError(`quote not found verbatim in the source: "${quote}"`);
  if (occurrence === undefined && positions.length > 1) {
    throw new QuoteNotFoundError(
      `quote appears ${positions.length} times in the source; say which occurrence is meant: "${quote}"`,
    );
  }
  const index = occurrence ?? 0;
  if (!Number.isInteger(index) || index < 0 || index >= positions.length) {
    throw new QuoteNotFoundError(`quote has ${positions.length} occurrence(s), not ${index + 1}: "${quote}"`);
  }
  return { start: positions[index], end: positions[index] + quote.length };
}

export function quoteMatches(text: string, quote: string, range: TextRange): boolean {
  return text.slice(range.start, range.end) === quote;
}

export interface Segment<T> {
  text: string;
  start: number;
  /** The marks covering this stretch of text; empty for plain text. */
  marks: T[];
}

/** Cuts a text at every mark boundary so overlapping highlights can be drawn without losing a character. */
export function segmentText<T extends TextRange>(text: string, marks: readonly T[]): Segment<T>[] {
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) {
    cuts.add(Math.max(0, Math.min(text.length, m.start)));
    cuts.add(Math.max(0, Math.min(text.length, m.end)));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const segments: Segment<T>[] = [];
  for (let i = 0; i < sorted.length - 1; i++) {
    const start = sorted[i];
    const end = sorted[i + 1];
    segments.push({ text: text.slice(start, end), start, marks: marks.filter((m) => m.start <= start && m.end >= end) });
  }
  return segments;
}
