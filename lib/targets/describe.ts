import { formatDayLabel } from "@/lib/dates/calendar-date";
import { exactInterval } from "@/lib/dates/precision";
import type { TargetRevision, TargetSnapshot } from "./types";

export function announcementText(revision: TargetRevision): string {
  const day = revision.announcedBy.announcedDate;
  return day ? `first reported ${formatDayLabel(day)}` : "stood before any dated report";
}

/** One revision in words, the text alternative of its mark on the chart. */
export function describeRevision(revision: TargetRevision, snapshot: TargetSnapshot): string {
  const when = announcementText(revision);
  if (!revision.deadline) {
    const who = revision.kind === "proposal" ? `Proposed by ${revision.proposedBy?.name ?? "another party"}` : snapshot.holder.name;
    return `${who}: ${revision.valueLabel}, no deadline; ${when}.`;
  }
  const replaced = snapshot.revisions.find((r) => r.position === revision.supersedes);
  const replacedBy = snapshot.revisions.find((r) => r.supersedes === revision.position);
  const parts = [
    `${revision.valueLabel} by ${revision.deadline.label} (${exactInterval(revision.deadline)})`,
    revision.position === snapshot.inForce ? "in force" : revision.status,
  ];
  if (replaced?.deadline) parts.push(`replaced ${replaced.deadline.label}`);
  if (replacedBy?.deadline) parts.push(`replaced by ${replacedBy.deadline.label}`);
  return `${parts.join("; ")}; ${when}.`;
}

/** The whole chart in words, for its <desc>. */
export function describeTarget(snapshot: TargetSnapshot): string {
  const known = snapshot.asOf ? `As known on ${formatDayLabel(snapshot.asOf)}: ` : "";
  const revisions = snapshot.revisions.map((r) => describeRevision(r, snapshot));
  return `${known}${revisions.length ? revisions.join(" ") : "no revision known."}`;
}
