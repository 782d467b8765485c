"use client";

import { useState } from "react";
import { submitWrite, type WriteResult } from "@/components/edit/submit-write";
import { WriteErrors } from "@/components/edit/WriteErrors";
import { draftOf, publishBody, type AnalysedCandidate, type CandidateDraft } from "@/lib/ingest/review";
import { CandidateCard } from "./CandidateCard";
import { SourceForm, type SourceInput } from "./SourceForm";
import { SourceTextView } from "./SourceTextView";

interface Analysis {
  text: string;
  targets: { slug: string; title: string }[];
  topics: { slug: string; name: string }[];
}

interface Published {
  source: { slug: string; url: string };
  events: { slug: string; title: string; url: string }[];
  targets: string[];
}

const EMPTY: SourceInput = { title: "", publisher: "", author: "", url: "", publishedAt: "", zone: "", language: "en", text: "", format: "text" };

/** Paste → candidates beside the text → review → publish, on one page. */
export function IngestWorkbench() {
  const [source, setSource] = useState<SourceInput>(EMPTY);
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [drafts, setDrafts] = useState<CandidateDraft[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const [result, setResult] = useState<WriteResult | null>(null);
  const [published, setPublished] = useState<Published | null>(null);
  const [busy, setBusy] = useState(false);

  async function analyse(input: SourceInput) {
    setBusy(true);
    setSource(input);
    const { author, url, zone, ...rest } = input;
    const answer = await submitWrite("/api/ingest", "POST", { source: { ...rest, author: author || undefined, url: url || undefined, zone: zone || undefined } });
    setBusy(false);
    setResult(answer);
    if (!answer.ok) return;
    const body = answer.body as unknown as Analysis & { candidates: AnalysedCandidate[] };
    setAnalysis({ text: body.text, targets: body.targets, topics: body.topics });
    setDrafts(body.candidates.map(draftOf));
    setSelected(body.candidates[0]?.id ?? null);
  }

  async function publish() {
    if (!analysis) return;
    setBusy(true);
    const answer = await submitWrite("/api/ingest/publish", "POST", publishBody(source, analysis.text, drafts));
    setBusy(false);
    setResult(answer);
    if (answer.ok) setPublished(answer.body as unknown as Published);
  }

  function select(id: string) {
    setSelected(id);
    document.getElementById(`candidate-${id}`)?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }

  const setAll = (accepted: boolean) => setDrafts((list) => list.map((d) => ({ ...d, accepted })));
  const acceptedCount = drafts.filter((d) => d.accepted).length;

  if (published) {
    return (
      <div className="notice ingest-done" role="status" data-testid="ingest-published">
        <p>
          Published <a href={published.source.url}>the source</a> and {published.events.length} event{published.events.length === 1 ? "" : "s"}
          {published.targets.length ? `, with new revisions of ${published.targets.length} target${published.targets.length === 1 ? "" : "s"}` : ""}:
        </p>
        <ul>
          {published.events.map((e) => (
            <li key={e.slug}>
              <a href={e.url}>{e.title}</a>
            </li>
          ))}
        </ul>
        <button type="button" onClick={() => { setPublished(null); setAnalysis(null); setDrafts([]); setSource(EMPTY); setResult(null); }}>
          Ingest another article
        </button>
      </div>
    );
  }

  if (!analysis) {
    return (
      <>
        <SourceForm initial={source} busy={busy} onSubmit={analyse} />
        <WriteErrors result={result} />
      </>
    );
  }

  return (
    <div className="ingest-review">
      <div className="ingest-toolbar" role="toolbar" aria-label="Review">
        <span data-testid="ingest-count">
          {drafts.length} candidate{drafts.length === 1 ? "" : "s"}, {acceptedCount} accepted
        </span>
        <button type="button" className="link-button" onClick={() => setAll(true)}>
          Accept all
        </button>
        <button type="button" className="link-button" onClick={() => setAll(false)}>
          Reject all
        </button>
        <button type="button" className="link-button" onClick={() => { setAnalysis(null); setResult(null); }}>
          Back to the text
        </button>
        <button type="button" className="primary" onClick={publish} disabled={busy || acceptedCount === 0}>
          {busy ? "Publishing…" : `Publish ${acceptedCount} event${acceptedCount === 1 ? "" : "s"}`}
        </button>
      </div>
      <WriteErrors result={result} />
      {drafts.length === 0 && <p className="notice">No dated claims were found in this text. Go back to check it, or add events by hand.</p>}
      <div className="ingest-columns">
        <SourceTextView text={analysis.text} drafts={drafts} selected={selected} onSelect={select} />
        <div className="candidate-list">
          {drafts.map((d) => (
            <CandidateCard
              key={d.id}
              draft={d}
              selected={d.id === selected}
              topics={analysis.topics}
              targets={analysis.targets}
              onSelect={() => setSelected(d.id)}
              onChange={(next) => setDrafts((list) => list.map((x) => (x.id === next.id ? next : x)))}
            />
          ))}
        </div>
      </div>
    </div>
  );
}
