import { defaultDateLabel, type Precision } from "@/lib/dates/precision";
import type { EventKind, EventStatus } from "@/lib/validation/vocabulary";
import type { Candidate, Passage } from "./extract";
import type { ProposedDate } from "./resolve-date";

/** A candidate as the review page holds it while the editor works on it. */
export interface CandidateDraft {
  id: string;
  accepted: boolean;
  title: string;
  summary: string;
  kind: EventKind;
  status: EventStatus;
  date: ProposedDate & { announced?: string };
  /** ISO codes as typed: "JP, US". */
  countries: string;
  actors: { name: string; slug?: string }[];
  topics: string[];
  citations: Passage[];
  target: { slug: string; value: string; valueLabel: string; kind: "commitment" | "proposal" } | null;
  /** Read-only, from the analysis. */
  dateText: string;
  confidence: number;
  reasons: string[];
  duplicates: { slug: string; title: string; reason: string }[];
  targetChange?: { from: ProposedDate; to: ProposedDate };
}

export type AnalysedCandidate = Candidate & { duplicates: CandidateDraft["duplicates"] };

/** A candidate ready for review: accepted unless it looks like an event already stored. */
export function draftOf(candidate: AnalysedCandidate): CandidateDraft {
  return {
    id: candidate.id,
    accepted: candidate.duplicates.length === 0,
    title: candidate.title,
    summary: candidate.summary,
    kind: candidate.kind,
    status: candidate.status,
    date: { ...candidate.date },
    countries: candidate.countries.join(", "),
    actors: candidate.actors.map((a) => ({ name: a.name, ...(a.slug ? { slug: a.slug } : {}) })),
    topics: [...candidate.topics],
    citations: [{ quote: candidate.quote, start: candidate.start, end: candidate.end }, ...candidate.support],
    target: null,
    dateText: candidate.dateText,
    confidence: candidate.confidence,
    reasons: candidate.reasons,
    duplicates: candidate.duplicates,
    targetChange: candidate.targetChange,
  };
}

/** A date edited field by field: the label follows unless the editor wrote one of their own. */
export function editDate(date: CandidateDraft["date"], field: "start" | "end" | "precision" | "label", value: string): CandidateDraft["date"] {
  if (field === "label") return { ...date, label: value };
  const next = { ...date, [field]: value } as CandidateDraft["date"];
  if (field === "precision" && (value === "day" || value === "by")) next.start = next.end;
  const ownLabel = date.label !== defaultDateLabel(date) && !/\(date not stated\)$/.test(date.label);
  return ownLabel ? next : { ...next, label: defaultDateLabel(next as ProposedDate & { precision: Precision }) };
}

/** The deadline a revision made from this candidate has: the new one of a target change, else its own date when it is a deadline. */
export function revisionDeadline(draft: CandidateDraft): ProposedDate | null {
  if (draft.targetChange) return draft.targetChange.to;
  return draft.kind === "deadline" ? draft.date : null;
}

export interface SourceMeta {
  title: string;
  publisher: string;
  author: string;
  url: string;
  publishedAt: string;
  zone: string;
  language: string;
}

/** The body of POST /api/ingest/publish: the source with the exact text analysed, and the accepted candidates. */
export function publishBody(source: SourceMeta, text: string, drafts: CandidateDraft[]) {
  return {
    source: { ...source, text, author: source.author || undefined, url: source.url || undefined, zone: source.zone || undefined },
    events: drafts
      .filter((d) => d.accepted)
      .map((d) => ({
        title: d.title,
        summary: d.summary,
        kind: d.kind,
        status: d.status,
        date: { start: d.date.start, end: d.date.end, precision: d.date.precision, label: d.date.label, ...(d.date.announced ? { announced: d.date.announced } : {}) },
        countries: d.countries.split(/[\s,]+/).filter(Boolean).map((c) => c.toUpperCase()),
        actors: d.actors,
        topics: d.topics,
        citations: d.citations,
        target: d.target
          ? {
              slug: d.target.slug,
              kind: d.target.kind,
              // An empty value is sent as missing, so the server says so rather than storing 0
              value: d.target.value.trim() === "" ? null : Number(d.target.value),
              valueLabel: d.target.valueLabel,
              deadline: d.target.kind === "commitment" ? revisionDeadline(d) : null,
            }
          : null,
      })),
  };
}

/** The source text cut into runs, each marked with the candidates whose passages cover it. */
export function highlightRuns(text: string, drafts: Pick<CandidateDraft, "id" | "citations">[]): { text: string; start: number; ids: string[] }[] {
  const cuts = new Set([0, text.length]);
  for (const d of drafts) for (const c of d.citations) cuts.add(c.start).add(c.end);
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const runs = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const ids = drafts.filter((d) => d.citations.some((c) => c.start <= from && c.end >= to)).map((d) => d.id);
    runs.push({ text: text.slice(from, to), start: from, ids });
  }
  return runs;
}
