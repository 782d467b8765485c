"use client";

import { useMemo } from "react";
import { highlightRuns, type CandidateDraft } from "@/lib/ingest/review";

/** The stored text with every candidate's passages highlighted; a click on one selects its candidate. */
export function SourceTextView({ text, drafts, selected, onSelect }: { text: string; drafts: CandidateDraft[]; selected: string | null; onSelect: (id: string) => void }) {
  const runs = useMemo(() => highlightRuns(text, drafts), [text, drafts]);
  const accepted = new Set(drafts.filter((d) => d.accepted).map((d) => d.id));
  return (
    <div className="source-text ingest-text" data-testid="ingest-text" aria-label="Article text with the candidates' passages highlighted">
      {runs.map((run) =>
        run.ids.length ? (
          <mark
            key={run.start}
            className={`${run.ids.includes(selected ?? "") ? "selected" : ""} ${run.ids.some((id) => accepted.has(id)) ? "" : "rejected"}`}
            data-candidates={run.ids.join(" ")}
            title={`Candidate ${run.ids.join(", ")}`}
            onClick={() => onSelect(run.ids[0])}
          >
            {run.text}
          </mark>
        ) : (
          <span key={run.start}>{run.text}</span>
        ),
      )}
    </div>
  );
}
