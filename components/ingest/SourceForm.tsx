"use client";

import { useState, type FormEvent } from "react";
import type { SourceMeta } from "@/lib/ingest/review";
import type { IngestFormat } from "@/lib/ingest/text";

export interface SourceInput extends SourceMeta {
  text: string;
  format: IngestFormat;
}

const formatOf = (name: string): IngestFormat => (/\.html?$/i.test(name) ? "html" : /\.(md|markdown)$/i.test(name) ? "markdown" : "text");

/** The article and its publication details. */
export function SourceForm({ initial, busy, onSubmit }: { initial: SourceInput; busy: boolean; onSubmit: (input: SourceInput) => void }) {
  const [input, setInput] = useState(initial);
  const [fileNote, setFileNote] = useState("");
  const set = (field: keyof SourceInput, value: string) => setInput((s) => ({ ...s, [field]: value }));

  async function readFile(file: File) {
    if (!/\.(txt|md|markdown|html?)$/i.test(file.name)) {
      setFileNote(`"${file.name}" is not a .txt, .md or .html file.`);
      return;
    }
    const text = await file.text();
    const format = formatOf(file.name);
    const title = format === "html" ? new DOMParser().parseFromString(text, "text/html").title.trim() : "";
    setInput((s) => ({ ...s, text, format, title: s.title || title }));
    setFileNote(`${file.name}: ${text.length.toLocaleString("en")} characters${format === "html" ? ", read as HTML (reduced to its text on the server)" : ""}.`);
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    onSubmit(input);
  }

  return (
    <form className="edit-form" onSubmit={submit} data-testid="ingest-source-form">
      <div className="field-row">
        <label>
          Title
          <input value={input.title} onChange={(e) => set("title", e.target.value)} required maxLength={500} />
        </label>
        <label>
          Publisher
          <input value={input.publisher} onChange={(e) => set("publisher", e.target.value)} required maxLength={300} />
        </label>
        <label>
          Author
          <input value={input.author} onChange={(e) => set("author", e.target.value)} maxLength={300} />
        </label>
      </div>
      <div className="field-row">
        <label>
          Published at (as printed)
          <input value={input.publishedAt} onChange={(e) => set("publishedAt", e.target.value)} required placeholder="2025-10-28 23:40" maxLength={100} />
        </label>
        <label>
          Zone, if stated
          <input value={input.zone} onChange={(e) => set("zone", e.target.value)} placeholder="Asia/Tokyo" maxLength={64} />
        </label>
        <label>
          Language
          <input value={input.language} onChange={(e) => set("language", e.target.value)} required maxLength={35} />
        </label>
      </div>
      <label>
        URL
        <input type="url" value={input.url} onChange={(e) => set("url", e.target.value)} placeholder="https://…" />
      </label>
      <label>
        File (.txt, .md or .html)
        <input type="file" accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html" onChange={(e) => e.target.files?.[0] && readFile(e.target.files[0])} />
      </label>
      {fileNote && <p className="small" role="status">{fileNote}</p>}
      <label>
        Article text
        <textarea value={input.text} onChange={(e) => setInput((s) => ({ ...s, text: e.target.value, format: s.format === "html" ? "html" : "text" }))} rows={14} required />
      </label>
      {input.format === "html" && (
        <label className="inline-check">
          <input type="checkbox" checked onChange={() => set("format", "text")} /> Read as HTML (untick to keep the markup as text)
        </label>
      )}
      <button type="submit" disabled={busy}>
        {busy ? "Reading…" : "Find events"}
      </button>
    </form>
  );
}
