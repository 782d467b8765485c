"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { SourceView } from "@/lib/domain";
import { slugify } from "@/lib/edit/slug";
import { submitWrite, type WriteResult } from "./submit-write";
import { WriteErrors } from "./WriteErrors";

const FIELDS = [
  ["title", "Title", true],
  ["publisher", "Publisher", true],
  ["author", "Author", false],
  ["url", "URL (http or https)", false],
  ["publishedAt", "Published at, as printed (e.g. 2025-10-28 23:40)", true],
  ["publishedDate", "Day of publication (YYYY-MM-DD, if the printed form does not start with it)", false],
  ["publishedZone", "Zone of the printed time, if the source states it", false],
  ["language", "Language", true],
] as const;

type Field = (typeof FIELDS)[number][0];

/** A new source (its text pasted exactly as published) or an edit of one; the text is sent as typed, never trimmed. */
export function SourceEditor({ source, version }: { source: SourceView | null; version: number | null }) {
  const router = useRouter();
  const [values, setValues] = useState<Record<Field, string>>({
    title: source?.title ?? "",
    publisher: source?.publisher ?? "",
    author: source?.author ?? "",
    url: source?.url ?? "",
    publishedAt: source?.publishedAt ?? "",
    publishedDate: source?.publishedDate ?? "",
    publishedZone: "",
    language: source?.language ?? "en",
  });
  const [slug, setSlug] = useState(source?.slug ?? "");
  const [text, setText] = useState(source?.text ?? "");
  const [result, setResult] = useState<WriteResult | null>(null);

  async function save(e: FormEvent) {
    e.preventDefault();
    const body = {
      slug: slug || slugify(`${values.publisher} ${values.publishedAt.slice(0, 10)} ${values.title}`),
      ...Object.fromEntries(Object.entries(values).filter(([, v]) => v.trim() !== "")),
      text,
      ...(source?.editorialNote ? { editorialNote: source.editorialNote } : {}),
      ...(source?.section ? { section: source.section } : {}),
      ...(source?.retrievedAt ? { retrievedAt: source.retrievedAt } : {}),
      ...(version !== null ? { version } : {}),
    };
    const answer = source ? await submitWrite(`/api/sources/${source.slug}`, "PUT", body) : await submitWrite("/api/sources", "POST", body);
    setResult(answer);
    if (answer.ok) {
      router.push(`/sources/${body.slug}`);
      router.refresh();
    }
  }

  return (
    <form className="edit-form" onSubmit={save} data-testid="source-editor">
      {FIELDS.map(([field, label, required]) => (
        <label key={field}>
          {label}
          <input value={values[field]} onChange={(e) => setValues({ ...values, [field]: e.target.value })} required={required} />
        </label>
      ))}
      <label>
        Slug
        <input value={slug} onChange={(e) => setSlug(e.target.value)} disabled={source !== null} placeholder="made from publisher, day and title" />
      </label>
      <label>
        Full text, exactly as published (misspellings kept)
        <textarea rows={14} value={text} onChange={(e) => setText(e.target.value)} required spellCheck={false} />
      </label>
      <WriteErrors result={result} />
      <button type="submit">{source ? "Save source" : "Add source"}</button>
    </form>
  );
}
