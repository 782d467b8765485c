import type { Precision } from "@/lib/dates/precision";
import type { Candidate } from "./extract";

export interface GoldEvent {
  label: string;
  /** Passages of the article that carry the event (its citations). */
  quotes: string[];
  date: { start: string; end: string; precision: Precision };
}

export interface GoldArticle {
  name: string;
  text: string;
  publishedAt: string;
  zone?: string;
  events: GoldEvent[];
}

export interface Score {
  gold: number;
  candidates: number;
  /** Gold events with a candidate on one of their passages. */
  found: number;
  /** … whose start, end and precision are exactly the gold's. */
  rightDate: number;
  /** Candidates paired with a gold event. */
  matched: number;
  misses: { label: string; got?: string }[];
}

const spansOf = (text: string, quotes: string[]) =>
  quotes.map((q) => {
    const at = text.indexOf(q);
    if (at < 0) throw new Error(`gold quote not in the article: "${q}"`);
    return [at, at + q.length] as const;
  });

const overlaps = (a: readonly [number, number], b: readonly [number, number]) => a[0] < b[1] && b[0] < a[1];

/**
 * Pairs gold events with candidates one to one (a candidate may stand for one gold event only): a
 * candidate can stand for a gold event when one of its passages overlaps one of the gold's. Pairs with
 * the exact date are made first (maximum bipartite matching), then the rest.
 */
export function scoreArticle(article: GoldArticle, candidates: Candidate[]): Score {
  const goldSpans = article.events.map((e) => spansOf(article.text, e.quotes));
  const candidateSpans = candidates.map((c) => [[c.start, c.end] as const, ...c.support.map((s) => [s.start, s.end] as const)]);
  const touches = (g: number, c: number) => goldSpans[g].some((gs) => candidateSpans[c].some((cs) => overlaps(gs, cs)));
  const exact = (g: number, c: number) => {
    const [a, b] = [article.events[g].date, candidates[c].date];
    return a.start === b.start && a.end === b.end && a.precision === b.precision;
  };
  const partner = new Map<number, number>(); // candidate → gold
  const goldPartner = new Map<number, number>();
  const augment = (g: number, allowed: (g: number, c: number) => boolean, seen: Set<number>): boolean => {
    for (let c = 0; c < candidates.length; c++) {
      if (seen.has(c) || !allowed(g, c)) continue;
      seen.add(c);
      const other = partner.get(c);
      if (other === undefined || augment(other, allowed, seen)) {
        partner.set(c, g);
        goldPartner.set(g, c);
        return true;
      }
    }
    return false;
  };
  const exactEdge = (g: number, c: number) => touches(g, c) && exact(g, c);
  for (let g = 0; g < article.events.length; g++) augment(g, exactEdge, new Set());
  // The rest only to candidates still free, so no exact pair is undone.
  for (let g = 0; g < article.events.length; g++) {
    if (goldPartner.has(g)) continue;
    const c = candidates.findIndex((_, i) => !partner.has(i) && touches(g, i));
    if (c >= 0) {
      partner.set(c, g);
      goldPartner.set(g, c);
    }
  }
  const misses: Score["misses"] = [];
  let rightDate = 0;
  article.events.forEach((event, g) => {
    const c = goldPartner.get(g);
    if (c !== undefined && exact(g, c)) rightDate++;
    else {
      const got = c === undefined ? undefined : `${candidates[c].date.start}..${candidates[c].date.end} ${candidates[c].date.precision}`;
      misses.push({ label: `${event.label} (want ${event.date.start}..${event.date.end} ${event.date.precision})`, got });
    }
  });
  return { gold: article.events.length, candidates: candidates.length, found: goldPartner.size, rightDate, matched: partner.size, misses };
}
