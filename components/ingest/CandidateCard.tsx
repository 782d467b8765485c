"use client";

import { ChoiceField } from "@/components/edit/Fields";
import { PRECISIONS } from "@/lib/dates/precision";
import { editDate, revisionDeadline, type CandidateDraft } from "@/lib/ingest/review";
import { EVENT_KINDS, EVENT_STATUSES } from "@/lib/validation/vocabulary";

interface Props {
  draft: CandidateDraft;
  selected: boolean;
  topics: { slug: string; name: string }[];
  targets: { slug: string; title: string }[];
  onChange: (draft: CandidateDraft) => void;
  onSelect: () => void;
}

/** One candidate event: why it was proposed, its fields to correct, and accept or reject. */
export function CandidateCard({ draft, selected, topics, targets, onChange, onSelect }: Props) {
  const set = <K extends keyof CandidateDraft>(field: K, value: CandidateDraft[K]) => onChange({ ...draft, [field]: value });
  const deadline = revisionDeadline(draft);
  const targetable = draft.kind === "target-change" || draft.kind === "deadline" || draft.kind === "target-proposal";
  return (
    <article className={`candidate ${selected ? "selected" : ""} ${draft.accepted ? "" : "rejected"}`} data-testid="candidate" data-candidate={draft.id} id={`candidate-${draft.id}`} onFocus={onSelect}>
      <header className="candidate-head">
        <label className="inline-check">
          <input type="checkbox" checked={draft.accepted} onChange={(e) => set("accepted", e.target.checked)} aria-label={`Accept ${draft.id}: ${draft.title}`} />
          <span>
            <strong>{draft.id}</strong> {draft.kind} · {draft.date.label}
          </span>
        </label>
        <span className="confidence" title="How sure the reading is (0–1)">
          {Math.round(draft.confidence * 100)}%
        </span>
      </header>
      {draft.duplicates.length > 0 && (
        <p className="notice duplicate" role="note">
          Looks like a stored event:{" "}
          {draft.duplicates.map((d, i) => (
            <span key={d.slug}>
              {i > 0 && "; "}
              <a href={`/events/${d.slug}`} target="_blank" rel="noreferrer">
                {d.title}
              </a>{" "}
              ({d.reason})
            </span>
          ))}
          . It starts unticked.
        </p>
      )}
      <blockquote className="candidate-quote">{draft.citations.map((c) => c.quote).join(" … ")}</blockquote>
      <ul className="reasons small">
        {draft.reasons.map((r, i) => (
          <li key={i}>{r}</li>
        ))}
      </ul>
      {draft.accepted && !selected && (
        <button type="button" className="link-button" onClick={onSelect}>
          Edit {draft.id}
        </button>
      )}
      {draft.accepted && selected && (
        <div className="edit-form candidate-fields">
          <label>
            Title
            <input value={draft.title} onChange={(e) => set("title", e.target.value)} maxLength={300} required />
          </label>
          <label>
            Summary
            <textarea value={draft.summary} onChange={(e) => set("summary", e.target.value)} rows={3} />
          </label>
          <div className="field-row">
            <ChoiceField label="Kind" value={draft.kind} choices={EVENT_KINDS} onChange={(v) => set("kind", v as CandidateDraft["kind"])} />
            <ChoiceField label="Status" value={draft.status} choices={EVENT_STATUSES} onChange={(v) => set("status", v as CandidateDraft["status"])} />
          </div>
          <div className="field-row">
            <label>
              Start
              <input type="date" value={draft.date.start} onChange={(e) => set("date", editDate(draft.date, "start", e.target.value))} />
            </label>
            <label>
              End
              <input type="date" value={draft.date.end} onChange={(e) => set("date", editDate(draft.date, "end", e.target.value))} />
            </label>
            <ChoiceField label="Precision" value={draft.date.precision} choices={PRECISIONS} onChange={(v) => set("date", editDate(draft.date, "precision", v))} />
            <label>
              Label
              <input value={draft.date.label} onChange={(e) => set("date", editDate(draft.date, "label", e.target.value))} />
            </label>
          </div>
          <label>
            Countries (ISO codes)
            <input value={draft.countries} onChange={(e) => set("countries", e.target.value)} placeholder="JP, US" />
          </label>
          <fieldset>
            <legend>Actors</legend>
            <ul className="actor-list">
              {draft.actors.map((a, i) => (
                <li key={`${a.slug ?? a.name}-${i}`}>
                  {a.name} {a.slug ? <span className="small">(stored)</span> : <span className="small">(new actor)</span>}{" "}
                  <button type="button" className="link-button" onClick={() => set("actors", draft.actors.filter((_, j) => j !== i))} aria-label={`Remove ${a.name}`}>
                    remove
                  </button>
                </li>
              ))}
            </ul>
            <label>
              Add an actor by name
              <input
                placeholder="Name, then Enter"
                onKeyDown={(e) => {
                  const name = e.currentTarget.value.trim();
                  if (e.key !== "Enter" || !name) return;
                  e.preventDefault();
                  set("actors", [...draft.actors, { name }]);
                  e.currentTarget.value = "";
                }}
              />
            </label>
          </fieldset>
          {topics.length > 0 && (
            <fieldset>
              <legend>Topics</legend>
              <div className="check-list">
                {topics.map((t) => (
                  <label key={t.slug}>
                    <input type="checkbox" checked={draft.topics.includes(t.slug)} onChange={(e) => set("topics", e.target.checked ? [...draft.topics, t.slug] : draft.topics.filter((s) => s !== t.slug))} />
                    {t.name}
                  </label>
                ))}
              </div>
            </fieldset>
          )}
          {targetable && targets.length > 0 && (
            <fieldset>
              <legend>Target revision</legend>
              <label>
                Record as a revision of
                <select value={draft.target?.slug ?? ""} onChange={(e) => set("target", e.target.value ? { slug: e.target.value, value: draft.target?.value ?? "", valueLabel: draft.target?.valueLabel ?? "", kind: draft.kind === "target-proposal" ? "proposal" : "commitment" } : null)}>
                  <option value="">— no target —</option>
                  {targets.map((t) => (
                    <option key={t.slug} value={t.slug}>
                      {t.title}
                    </option>
                  ))}
                </select>
              </label>
              {draft.target && (
                <div className="field-row">
                  <label>
                    Value
                    <input type="number" step="any" value={draft.target.value} onChange={(e) => set("target", { ...draft.target!, value: e.target.value })} required />
                  </label>
                  <label>
                    Value label
                    <input value={draft.target.valueLabel} onChange={(e) => set("target", { ...draft.target!, valueLabel: e.target.value })} placeholder="2% of GDP" required />
                  </label>
                  <p className="small">Deadline: {draft.target.kind === "commitment" && deadline ? deadline.label : "none"}</p>
                </div>
              )}
            </fieldset>
          )}
        </div>
      )}
    </article>
  );
}
