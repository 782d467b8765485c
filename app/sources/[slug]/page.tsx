import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { headers } from "next/headers";
import { getSource } from "@/lib/data/sources";
import { currentUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/roles";
import { NotFoundError } from "@/lib/data/errors";
import { segmentText } from "@/lib/sources/quotes";
import { SLUG } from "@/lib/validation/vocabulary";

export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string }>;

async function loadSource(slug: string) {
  if (!SLUG.test(slug)) notFound();
  try {
    return await getSource(slug);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const source = await loadSource((await params).slug);
  return { title: `Source: ${source.title}`, description: `${source.publisher}, ${source.publishedAt}, with every quoted passage highlighted.` };
}

export default async function SourcePage({ params }: { params: Params }) {
  const source = await loadSource((await params).slug);
  const segments = segmentText(source.text, source.citations);
  return (
    <article data-testid="source-page">
      <p className="small">
        <Link href="/">← All events</Link>
      </p>
      <h1>{source.title}</h1>
      {hasRole((await currentUser(await headers()))?.role, "editor") && (
        <p>
          <Link className="button secondary" href={`/sources/${source.slug}/edit`} data-testid="edit-source">
            Edit
          </Link>
        </p>
      )}
      <dl className="facts">
        <dt>Publisher</dt>
        <dd>
          {source.publisher}
          {source.section ? ` (${source.section})` : ""}
        </dd>
        {source.author && (
          <>
            <dt>Author</dt>
            <dd>{source.author}</dd>
          </>
        )}
        <dt>Published</dt>
        <dd>{source.publishedAt} (as printed; no time zone stated)</dd>
        <dt>Stored copy</dt>
        <dd>{source.retrievedAt}</dd>
        {source.url && (
          <>
            <dt>Original</dt>
            <dd>
              <a href={source.url} rel="noopener noreferrer">
                {source.url}
              </a>
            </dd>
          </>
        )}
        <dt>Quoted by</dt>
        <dd>{new Set(source.citations.map((c) => c.event.slug)).size} events ({source.citations.length} passages, highlighted below)</dd>
      </dl>
      {source.editorialNote && (
        <aside className="notice" aria-label="Editorial note">
          <strong>Editorial note:</strong> {source.editorialNote}
        </aside>
      )}
      <h2>Text as published</h2>
      <div className="source-text" data-testid="source-text">
        {segments.map((segment) =>
          segment.marks.length === 0 ? (
            segment.text
          ) : (
            <mark key={segment.start} id={anchorFor(segment.start, source.citations)}>
              {segment.marks.length === 1 ? (
                <Link href={`/events/${segment.marks[0].event.slug}`} title={segment.marks[0].event.title}>
                  {segment.text}
                </Link>
              ) : (
                <span title={segment.marks.map((m) => m.event.title).join(" · ")}>{segment.text}</span>
              )}
            </mark>
          ),
        )}
      </div>
      <h2>Quoted passages</h2>
      <ol>
        {source.citations.map((c) => (
          <li key={`${c.event.slug}-${c.start}`}>
            <a href={`#c-${c.start}`}>“{c.quote.length > 90 ? `${c.quote.slice(0, 90)}…` : c.quote}”</a> →{" "}
            <Link href={`/events/${c.event.slug}`}>{c.event.title}</Link>
          </li>
        ))}
      </ol>
    </article>
  );
}

/** A citation's anchor is set on the segment where its quote begins. */
function anchorFor(start: number, citations: { start: number }[]): string | undefined {
  return citations.some((c) => c.start === start) ? `c-${start}` : undefined;
}
