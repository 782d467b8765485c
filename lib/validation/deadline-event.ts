// One rule for linking a target revision to the event that is its deadline, checked by the seed's
// schema (which also guards the bulk loader) and by the write path against the stored events.

/**
 * Why `slug` cannot be the deadline event of a revision with this deadline, or null when it can: it
 * must be a live event of kind "deadline" dated exactly as the deadline.
 */
export function deadlineEventIssue(
  slug: string,
  event: { kind: string; startDate: string; endDate: string } | undefined,
  deadline: { start: string; end: string } | null | undefined,
): string | null {
  if (!event) return `unknown event "${slug}": the deadline event must exist first`;
  if (event.kind !== "deadline") return `"${slug}" is a ${event.kind} event, not a deadline`;
  if (!deadline) return `a revision with a deadline event needs its deadline (${event.startDate} to ${event.endDate})`;
  if (event.startDate !== deadline.start || event.endDate !== deadline.end) {
    return `"${slug}" is dated ${event.startDate} to ${event.endDate}, the revision's deadline ${deadline.start} to ${deadline.end}`;
  }
  return null;
}
