import Link from "next/link";
import type { CitationView } from "@/lib/domain";

const SUPPORTS: Record<CitationView["supports"], string> = {
  event: "Supports: that the event happened",
  date: "Supports: the date",
  value: "Supports: the value",
  statement: "Supports: the statement",
  actor: "Supports: who acted",
};

export function CitationCard({ citation }: { citation: CitationView }) {
  const { source } = citation;
  return (
    <figure className="citation" data-testid="citation">
      <blockquote data-testid="quote">{citation.quote}</blockquote>
      <figcaption>
        <div>{SUPPORTS[citation.supports]}</div>
        <div>
          <Link href={`/sources/${source.slug}#c-${citation.start}`}>{source.title}</Link>
          {source.author ? ` — ${source.author}` : ""}, {source.publisher}, {source.publishedAt}
          {source.url && (
            <>
              {" · "}
              <a href={source.url} rel="noopener noreferrer">
                original
              </a>
            </>
          )}
        </div>
        <div className="small">
          Characters {citation.start}–{citation.end} of the stored text
        </div>
      </figcaption>
    </figure>
  );
}
