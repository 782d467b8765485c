import type { TargetRevision } from "./types";

/** Undated announcements stood before any dated report, so they sort first. */
function announcedKey(revision: TargetRevision): string {
  return revision.announcedBy.announcedDate ?? "";
}

function byAnnouncement(a: TargetRevision, b: TargetRevision): number {
  return announcedKey(a).localeCompare(announcedKey(b)) || a.position - b.position;
}

/** Commitments oldest first: each chain from its first revision along the revisions that superseded it. */
function commitmentChain(commitments: TargetRevision[]): TargetRevision[] {
  const byPosition = new Map(commitments.map((r) => [r.position, r]));
  const successor = new Map<number, TargetRevision>();
  for (const r of commitments) if (r.supersedes !== null && byPosition.has(r.supersedes)) successor.set(r.supersedes, r);
  const roots = commitments.filter((r) => r.supersedes === null || !byPosition.has(r.supersedes)).sort(byAnnouncement);

  const ordered: TargetRevision[] = [];
  const seen = new Set<number>();
  for (const root of roots) {
    for (let r: TargetRevision | undefined = root; r && !seen.has(r.position); r = successor.get(r.position)) {
      seen.add(r.position);
      ordered.push(r);
    }
  }
  // A cycle has no root; keep its revisions rather than lose them.
  return [...ordered, ...commitments.filter((r) => !seen.has(r.position)).sort(byAnnouncement)];
}

/**
 * Revisions oldest first: commitments along the supersedes chain, and each proposal placed after the
 * commitments announced on or before the day it was announced.
 */
export function orderRevisions(revisions: readonly TargetRevision[]): TargetRevision[] {
  const commitments = commitmentChain(revisions.filter((r) => r.kind === "commitment"));
  const proposals = revisions.filter((r) => r.kind !== "commitment").sort(byAnnouncement);

  const ordered: TargetRevision[] = [];
  let latestCommitment = "";
  for (const commitment of commitments) {
    latestCommitment = announcedKey(commitment) > latestCommitment ? announcedKey(commitment) : latestCommitment;
    while (proposals.length > 0 && announcedKey(proposals[0]) < latestCommitment) ordered.push(proposals.shift()!);
    ordered.push(commitment);
  }
  return [...ordered, ...proposals];
}
