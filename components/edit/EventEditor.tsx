"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { TimelineEvent } from "@/lib/domain";
import type { EditorOptions } from "@/lib/data/editor-options";
import { slugify } from "@/lib/edit/slug";
import { EVENT_KINDS, EVENT_STATUSES } from "@/lib/validation/vocabulary";
import { CitationPicker, type CitationDraft } from "./CitationPicker";
import { ChoiceField, IntervalFields } from "./Fields";
import { submitWrite, type WriteResult } from "./submit-write";
import { WriteErrors } from "./WriteErrors";

interface Props {
  /** The event as loaded, or null for a new one. */
  event: TimelineEvent | null;
  version: number | null;
  options: Omit<EditorOptions, "sources"> & { sources: { slug: string; title: string; text: string }[] };
}

const list = (text: string) => text.split(",").map((s) => s.trim()).filter(Boolean);

export function EventEditor({ event, version, options }: Props) {
  const router = useRouter();
  const [title, setTitle] = useState(event?.title ?? "");
  const [slug, setSlug] = useState(event?.slug ?? "");
  const [summary, setSummary] = useState(event?.summary ?? "");
  const [kind, setKind] = useState<string>(event?.kind ?? "statement");
  const [status, setStatus] = useState<string>(event?.status ?? "occurred");
  const [date, setDate] = useState({
    start: event?.date.start ?? "",
    end: event?.date.end ?? "",
    precision: event?.date.precision ?? "day",
    label: event?.date.label ?? "",
    timezone: event?.date.timezone ?? "",
    note: event?.date.note ?? "",
    announced: event?.date.announced ?? "",
  });
  const [countries, setCountries] = useState<string[]>(event?.countries.map((c) => c.code) ?? []);
  const [topics, setTopics] = useState<string[]>(event?.topics.map((t) => t.slug) ?? []);
  const [actors, setActors] = useState<string[]>(event?.actors.map((a) => a.slug) ?? []);
  const [aliases, setAliases] = useState<Record<string, string>>(Object.fromEntries(options.actors.map((a) => [a.slug, a.aliases.join(", ")])));
  const [newActor, setNewActor] = useState({ name: "", aliases: "" });
  const [citations, setCitations] = useState<CitationDraft[]>(
    event?.citations.map((c) => ({ source: c.source.slug, quote: c.quote, start: c.start, end: c.end, supports: c.supports })) ?? [{ source: "", quote: "", supports: "event" }],
  );
  const [result, setResult] = useState<WriteResult | null>(null);
  const [busy, setBusy] = useState(false);

  const toggle = (values: string[], value: string, on: boolean) => (on ? [...values, value] : values.filter((v) => v !== value));
  const setDateField = (field: keyof typeof date, value: string) =>
    setDate((d) => {
      const next = { ...d, [field]: value };
      // A day (or a "by" deadline) is one day: keep its end on its start.
      if (field === "start" && (d.precision === "day" || d.precision === "by")) next.end = value;
      return next;
    });

  function body() {
    const known = new Map(options.actors.map((a) => [a.slug, a]));
    const actorRefs = actors.map((s) => ({ slug: s, name: known.get(s)?.name, aliases: list(aliases[s] ?? "") }));
    if (newActor.name.trim()) actorRefs.push({ slug: slugify(newActor.name), name: newActor.name.trim(), aliases: list(newActor.aliases) });
    return {
      slug: slug || slugify(title),
      title,
      summary,
      kind,
      status,
      date: {
        start: date.start,
        end: date.end,
        precision: date.precision,
        label: date.label,
        ...(date.timezone ? { timezone: date.timezone } : {}),
        ...(date.note ? { note: date.note } : {}),
        announced: date.announced || null,
      },
      countries,
      topics,
      actors: actorRefs,
      citations,
      ...(version !== null ? { version } : {}),
    };
  }

  async function save(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const payload = body();
    const answer = event ? await submitWrite(`/api/events/${event.slug}`, "PUT", payload) : await submitWrite("/api/events", "POST", payload);
    setBusy(false);
    setResult(answer);
    if (answer.ok) {
      router.push(`/events/${payload.slug}`);
      router.refresh();
    }
  }

  async function remove() {
    if (!event || !window.confirm(`Remove "${event.title}" from the timeline? Its permalink will say when it was removed.`)) return;
    const answer = await submitWrite(`/api/events/${event.slug}?version=${version}`, "DELETE");
    setResult(answer);
    if (answer.ok) {
      router.push(`/events/${event.slug}`);
      router.refresh();
    }
  }

  return (
    <form className="edit-form" onSubmit={save} data-testid="event-editor">
      <label>
        Title
        <input value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={300} />
      </label>
      <label>
        Slug (the permalink)
        <input value={slug} placeholder={slugify(title)} onChange={(e) => setSlug(e.target.value)} pattern="[a-z0-9]+(-[a-z0-9]+)*" />
      </label>
      <label>
        Summary
        <textarea rows={4} value={summary} onChange={(e) => setSummary(e.target.value)} required />
      </label>
      <div className="field-row">
        <ChoiceField label="Kind" value={kind} choices={EVENT_KINDS} onChange={setKind} />
        <ChoiceField label="Status" value={status} choices={EVENT_STATUSES} onChange={setStatus} />
      </div>
      <fieldset>
        <legend>Date</legend>
        <IntervalFields value={date} onChange={setDateField} required />
        <div className="field-row">
          <label>
            Label
            <input value={date.label} onChange={(e) => setDateField("label", e.target.value)} placeholder="e.g. FY2025, by end of 2026" required />
          </label>
          <label>
            Zone
            <input value={date.timezone} onChange={(e) => setDateField("timezone", e.target.value)} placeholder="e.g. Asia/Tokyo" />
          </label>
          <label>
            Announced
            <input type="date" value={date.announced} onChange={(e) => setDateField("announced", e.target.value)} />
          </label>
        </div>
        <label>
          Dating note
          <textarea rows={2} value={date.note} onChange={(e) => setDateField("note", e.target.value)} />
        </label>
      </fieldset>
      <fieldset>
        <legend>Countries</legend>
        <div className="check-list">
          {options.countries.map((c) => (
            <label key={c.code}>
              <input type="checkbox" checked={countries.includes(c.code)} onChange={(e) => setCountries(toggle(countries, c.code, e.target.checked))} />
              {c.name} ({c.code})
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Topics</legend>
        <div className="check-list">
          {options.topics.map((t) => (
            <label key={t.slug}>
              <input type="checkbox" checked={topics.includes(t.slug)} onChange={(e) => setTopics(toggle(topics, t.slug, e.target.checked))} />
              {t.name}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Actors</legend>
        <div className="check-list">
          {options.actors.map((a) => (
            <label key={a.slug}>
              <input type="checkbox" checked={actors.includes(a.slug)} onChange={(e) => setActors(toggle(actors, a.slug, e.target.checked))} />
              {a.name}
            </label>
          ))}
        </div>
        {actors.map((s) => (
          <label key={s}>
            Aliases of {options.actors.find((a) => a.slug === s)?.name ?? s} (comma-separated; new ones are added)
            <input value={aliases[s] ?? ""} onChange={(e) => setAliases({ ...aliases, [s]: e.target.value })} />
          </label>
        ))}
        <div className="field-row">
          <label>
            New actor
            <input value={newActor.name} onChange={(e) => setNewActor({ ...newActor, name: e.target.value })} placeholder="Name" />
          </label>
          <label>
            Its aliases
            <input value={newActor.aliases} onChange={(e) => setNewActor({ ...newActor, aliases: e.target.value })} placeholder="comma-separated" />
          </label>
        </div>
      </fieldset>
      <fieldset>
        <legend>Citations</legend>
        {citations.map((c, i) => (
          <CitationPicker
            key={i}
            index={i}
            citation={c}
            sources={options.sources}
            onChange={(next) => setCitations(citations.map((x, j) => (j === i ? next : x)))}
            onRemove={() => setCitations(citations.filter((_, j) => j !== i))}
          />
        ))}
        <button type="button" className="link-button" onClick={() => setCitations([...citations, { source: "", quote: "", supports: "event" }])}>
          Add a citation
        </button>
      </fieldset>
      <WriteErrors result={result} />
      <div className="event-actions">
        <button type="submit" disabled={busy}>
          {busy ? "Saving…" : event ? "Save changes" : "Create event"}
        </button>
        {event && (
          <button type="button" className="button secondary" onClick={remove}>
            Delete event
          </button>
        )}
      </div>
    </form>
  );
}
