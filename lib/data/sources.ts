import type { SourceView } from "@/lib/domain";
import type { CitationSupport } from "@/lib/validation/vocabulary";
import { db } from "./client";
import { NotFoundError } from "./errors";
import { sourceRefSelect, toSourceRef } from "./event-select";

type Client = ReturnType<typeof db>;

/** A source's bibliographic record (what a citation of it needs), without its text or citations. */
export async function getSourceRecord(slug: string, client: Client = db()) {
  const row = await client.source.findUnique({ where: { slug }, select: { ...sourceRefSelect, section: true } });
  if (!row) throw new NotFoundError("source", slug);
  return { ...toSourceRef(row), section: row.section ?? undefined };
}

export async function getSource(slug: string, client: Client = db()): Promise<SourceView> {
  const row = await client.source.findUnique({
    where: { slug },
    select: {
      ...sourceRefSelect,
      section: true,
      publishedDate: true,
      retrievedAt: true,
      language: true,
      text: true,
      editorialNote: true,
      citations: {
        select: { quote: true, start: true, end: true, supports: true, event: { select: { slug: true, title: true } } },
        orderBy: { start: "asc" },
      },
    },
  });
  if (!row) throw new NotFoundError("source", slug);
  return {
    ...toSourceRef(row),
    ...(row.section ? { section: row.section } : {}),
    publishedDate: row.publishedDate,
    retrievedAt: row.retrievedAt,
    language: row.language,
    text: row.text,
    ...(row.editorialNote ? { editorialNote: row.editorialNote } : {}),
    citations: row.citations.map((c) => ({ ...c, supports: c.supports as CitationSupport })),
  };
}

/** The version an edit of the source must carry. */
export async function sourceVersion(slug: string, client: Client = db()): Promise<number> {
  const row = await client.source.findUnique({ where: { slug }, select: { version: true } });
  if (!row) throw new NotFoundError("source", slug);
  return row.version;
}
