"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { Target } from "@/lib/targets/types";
import { EVENT_STATUSES, REVISION_KINDS } from "@/lib/validation/vocabulary";
import { ChoiceField, IntervalFields } from "./Fields";
import { submitWrite, type WriteResult } from "./submit-write";
import { WriteErrors } from "./WriteErrors";

interface Props {
  target: Target;
  version: number;
  events: { slug: string; title: string; dateLabel: string }[];
  actors: { slug: string; name: string }[];
  /** The event chosen as the announcing one when the form opens (from an event's edit page). */
  initialAnnouncedBy?: string;
}

/** The stored revisions in the write shape: references by slug. */
function storedRevisions(target: Target) {
  return target.revisions.map((r) => ({
    kind: r.kind,
    proposedBy: r.proposedBy?.slug ?? null,
    value: r.value,
    valueLabel: r.valueLabel,
    deadline: r.deadline,
    status: r.status,
    announcedBy: r.announcedBy.slug,
    deadlineEvent: r.deadlineEvent?.slug ?? null,
    supersedes: r.supersedes,
  }));
}

/** A new revision of a target: its value, deadline, the event that announced it and the revision it replaces. */
export function RevisionForm({ target, version, events, actors, initialAnnouncedBy }: Props) {
  const router = useRouter();
  const commitments = target.revisions.filter((r) => r.kind === "commitment");
  const [kind, setKind] = useState<string>("commitment");
  const [proposedBy, setProposedBy] = useState("");
  const [value, setValue] = useState("");
  const [valueLabel, setValueLabel] = useState("");
  const [deadline, setDeadline] = useState({ start: "", end: "", precision: "fiscal-year", label: "" });
  const [status, setStatus] = useState<string>("planned");
  const [announcedBy, setAnnouncedBy] = useState(events.some((e) => e.slug === initialAnnouncedBy) ? initialAnnouncedBy! : "");
  const [supersedes, setSupersedes] = useState<string>(commitments.length ? String(commitments[commitments.length - 1].position) : "");
  const [markSuperseded, setMarkSuperseded] = useState(true);
  const [result, setResult] = useState<WriteResult | null>(null);

  async function save(e: FormEvent) {
    e.preventDefault();
    const replaced = kind === "commitment" && supersedes !== "" ? Number(supersedes) : null;
    const revisions = storedRevisions(target).map((r, i) => (markSuperseded && i === replaced ? { ...r, status: "superseded" } : r));
    revisions.push({
      kind,
      proposedBy: kind === "proposal" && proposedBy ? proposedBy : null,
      value: Number(value),
      valueLabel,
      deadline: deadline.start ? deadline : null,
      status,
      announcedBy,
      deadlineEvent: null,
      supersedes: replaced,
    } as (typeof revisions)[number]);
    const body = { ...target, holder: target.holder.slug, revisions, version };
    const answer = await submitWrite(`/api/targets/${target.slug}`, "PUT", body);
    setResult(answer);
    if (answer.ok) {
      router.push(`/targets/${target.slug}`);
      router.refresh();
    }
  }

  return (
    <form className="edit-form" onSubmit={save} data-testid="revision-form">
      <div className="field-row">
        <ChoiceField label="Kind" value={kind} choices={REVISION_KINDS} onChange={setKind} />
        {kind === "proposal" && (
          <label>
            Proposed by
            <select value={proposedBy} onChange={(e) => setProposedBy(e.target.value)} required>
              <option value="">Choose…</option>
              {actors.map((a) => (
                <option key={a.slug} value={a.slug}>
                  {a.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          Value ({target.unit})
          <input type="number" step="any" value={value} onChange={(e) => setValue(e.target.value)} required />
        </label>
        <label>
          Value as written
          <input value={valueLabel} onChange={(e) => setValueLabel(e.target.value)} placeholder="e.g. 2% of GDP" required />
        </label>
      </div>
      <fieldset>
        <legend>Deadline</legend>
        <IntervalFields value={deadline} onChange={(field, v) => setDeadline({ ...deadline, [field]: v })} />
        <label>
          Label
          <input value={deadline.label} onChange={(e) => setDeadline({ ...deadline, label: e.target.value })} placeholder="e.g. FY2025" />
        </label>
      </fieldset>
      <div className="field-row">
        <ChoiceField label="Status" value={status} choices={EVENT_STATUSES} onChange={setStatus} />
        <label>
          Announced by (event)
          <select value={announcedBy} onChange={(e) => setAnnouncedBy(e.target.value)} required>
            <option value="">Choose the event…</option>
            {events.map((ev) => (
              <option key={ev.slug} value={ev.slug}>
                {ev.dateLabel}: {ev.title}
              </option>
            ))}
          </select>
        </label>
        {kind === "commitment" && (
          <label>
            Supersedes
            <select value={supersedes} onChange={(e) => setSupersedes(e.target.value)}>
              <option value="">Nothing (a first commitment)</option>
              {commitments.map((r) => (
                <option key={r.position} value={r.position}>
                  Revision {r.position + 1}: {r.valueLabel} by {r.deadline?.label ?? "no deadline"}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {kind === "commitment" && supersedes !== "" && (
        <label style={{ flexDirection: "row", alignItems: "center", fontWeight: 400 }}>
          <input type="checkbox" checked={markSuperseded} onChange={(e) => setMarkSuperseded(e.target.checked)} /> Mark the replaced revision as superseded
        </label>
      )}
      <WriteErrors result={result} />
      <button type="submit">Add revision</button>
    </form>
  );
}
