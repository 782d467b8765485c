import Link from "next/link";
import { StatusBadge } from "@/components/event/Chips";
import { exactInterval } from "@/lib/dates/precision";
import { announcementText } from "@/lib/targets/describe";
import type { TargetRevision, TargetSnapshot } from "@/lib/targets/types";

function heading(revision: TargetRevision, snapshot: TargetSnapshot): string {
  if (revision.kind === "proposal") return `Proposal by ${revision.proposedBy?.name ?? "another party"}`;
  return `Commitment by ${snapshot.holder.name}`;
}

/** The revisions oldest first, each with its deadline, the event that announced it and its quotes one click away. */
export function RevisionList({ snapshot }: { snapshot: TargetSnapshot }) {
  const deadlineOf = (position: number | null) => snapshot.revisions.find((r) => r.position === position)?.deadline?.label;
  return (
    <ol className="revision-list" data-testid="revisions">
      {snapshot.revisions.map((revision, i) => {
        const inForce = revision.position === snapshot.inForce;
        const replaced = deadlineOf(revision.supersedes);
        const replacedBy = snapshot.revisions.find((r) => r.supersedes === revision.position)?.deadline?.label;
        return (
          <li
            key={revision.position}
            className={`revision${inForce ? " revision-in-force" : ""}`}
            data-testid="revision"
            data-position={revision.position}
            data-kind={revision.kind}
          >
            <div className="revision-head">
              <span className="revision-number" aria-hidden="true">
                {i + 1}
              </span>
              <h3>
                {heading(revision, snapshot)}: <span data-testid="revision-value">{revision.valueLabel}</span>
              </h3>
              <StatusBadge status={revision.status} />
              {inForce && <span className="status tc-in-force-badge">· in force</span>}
            </div>
            <dl className="facts target-facts revision-facts">
              <dt>Deadline</dt>
              <dd data-testid="revision-deadline">
                {revision.deadline ? (
                  <>
                    <strong>{revision.deadline.label}</strong> <span className="muted">({exactInterval(revision.deadline)})</span>
                  </>
                ) : (
                  <span className="muted">none stated</span>
                )}
              </dd>
              {(replaced || replacedBy) && (
                <>
                  <dt>Chain</dt>
                  <dd>
                    {replaced && `Replaced the ${replaced} deadline. `}
                    {replacedBy && `Replaced by the ${replacedBy} deadline.`}
                  </dd>
                </>
              )}
              <dt>Announced by</dt>
              <dd>
                <Link href={revision.announcedBy.url}>{revision.announcedBy.title}</Link>{" "}
                <span className="muted small">({announcementText(revision)})</span>
              </dd>
            </dl>
            {revision.citations.length > 0 && (
              <details className="revision-quote" data-testid="revision-citation">
                <summary>{revision.citations.length === 1 ? "Show the quote" : `Show the ${revision.citations.length} quotes`}</summary>
                {revision.citations.map((c) => (
                  <figure key={`${c.source.slug}-${c.start}`} className="citation compact">
                    <blockquote data-testid="quote">{c.quote}</blockquote>
                    <figcaption>
                      <Link href={`/sources/${c.source.slug}#c-${c.start}`}>{c.source.title}</Link>, {c.source.publisher}, {c.source.publishedAt}
                    </figcaption>
                  </figure>
                ))}
              </details>
            )}
          </li>
        );
      })}
    </ol>
  );
}
