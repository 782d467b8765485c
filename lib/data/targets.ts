import type { Prisma } from "@/generated/prisma/client";
import type { CalendarDate } from "@/lib/dates/calendar-date";
import type { Precision } from "@/lib/dates/precision";
import { targetAsOf } from "@/lib/targets/as-of";
import type { Party, Target, TargetDeadline, TargetLink, TargetRevision, TargetSnapshot } from "@/lib/targets/types";
import type { CitationSupport, EventStatus } from "@/lib/validation/vocabulary";
import { db } from "./client";
import { NotFoundError } from "./errors";
import { cachedRead } from "./read-cache";
import { sourceRefSelect, toSourceRef } from "./event-select";

type Client = ReturnType<typeof db>;

const revisionSelect = {
  position: true,
  kind: true,
  proposedBy: true,
  value: true,
  valueLabel: true,
  deadlineStart: true,
  deadlineEnd: true,
  deadlinePrecision: true,
  deadlineLabel: true,
  status: true,
  supersedes: { select: { position: true } },
  deadlineEvent: { select: { slug: true, title: true } },
  announcedBy: {
    select: {
      slug: true,
      title: true,
      dateLabel: true,
      announcedDate: true,
      citations: {
        select: { quote: true, start: true, end: true, supports: true, source: { select: sourceRefSelect } },
        orderBy: { position: "asc" },
      },
    },
  },
} satisfies Prisma.TargetRevisionSelect;

const targetSelect = {
  slug: true,
  title: true,
  subject: true,
  metric: true,
  unit: true,
  holder: true,
  description: true,
  revisions: { select: revisionSelect, orderBy: { position: "asc" } },
} satisfies Prisma.TargetSelect;

type TargetRow = Prisma.TargetGetPayload<{ select: typeof targetSelect }>;
type RevisionRow = TargetRow["revisions"][number];

function toDeadline(row: RevisionRow): TargetDeadline | null {
  const { deadlineStart: start, deadlineEnd: end, deadlinePrecision: precision, deadlineLabel: label } = row;
  return start && end && precision && label ? { start, end, precision: precision as Precision, label } : null;
}

function toRevision(row: RevisionRow, party: (slug: string) => Party): TargetRevision {
  const event = row.announcedBy;
  return {
    position: row.position,
    kind: row.kind as TargetRevision["kind"],
    proposedBy: row.proposedBy ? party(row.proposedBy) : null,
    value: row.value,
    valueLabel: row.valueLabel,
    deadline: toDeadline(row),
    status: row.status as EventStatus,
    supersedes: row.supersedes?.position ?? null,
    announcedBy: { slug: event.slug, title: event.title, dateLabel: event.dateLabel, announcedDate: event.announcedDate, url: `/events/${event.slug}` },
    deadlineEvent: row.deadlineEvent && { ...row.deadlineEvent, url: `/events/${row.deadlineEvent.slug}` },
    citations: event.citations.map((c) => ({
      quote: c.quote,
      start: c.start,
      end: c.end,
      supports: c.supports as CitationSupport,
      source: toSourceRef(c.source),
    })),
  };
}

/** Holders and proposers are stored as actor slugs; an actor that is missing keeps its slug as its name. */
async function toTargets(rows: TargetRow[], client: Client): Promise<Target[]> {
  const slugs = new Set(rows.flatMap((t) => [t.holder, ...t.revisions.flatMap((r) => (r.proposedBy ? [r.proposedBy] : []))]));
  const actors = await client.actor.findMany({ where: { slug: { in: [...slugs] } }, select: { slug: true, name: true } });
  const names = new Map(actors.map((a) => [a.slug, a.name]));
  const party = (slug: string): Party => ({ slug, name: names.get(slug) ?? slug });
  return rows.map(({ revisions, holder, ...fields }) => ({
    ...fields,
    holder: party(holder),
    url: `/targets/${fields.slug}`,
    revisions: revisions.map((r) => toRevision(r, party)),
  }));
}

/** Every target as it stood on `asOf` (null: today), leaving out those with no revision known by then. */
export async function listTargets(asOf: CalendarDate | null = null, client: Client = db()): Promise<TargetSnapshot[]> {
  // Every timeline page draws the targets, so they are read once per data version, not per request.
  const { value: targets } = await cachedRead(client, "targets", async () =>
    toTargets(await client.target.findMany({ select: targetSelect, orderBy: { title: "asc" } }), client),
  );
  return targets.map((t) => targetAsOf(t, asOf)).filter((t) => t.revisions.length > 0);
}

export async function getTarget(slug: string, asOf: CalendarDate | null = null, client: Client = db()): Promise<TargetSnapshot> {
  const row = await client.target.findUnique({ where: { slug }, select: targetSelect });
  if (!row) throw new NotFoundError("target", slug);
  const [target] = await toTargets([row], client);
  return targetAsOf(target, asOf);
}

/** The targets with a revision that this event announced. */
export async function targetsForEvent(eventSlug: string, client: Client = db()): Promise<TargetLink[]> {
  const rows = await client.target.findMany({
    where: { revisions: { some: { announcedBy: { slug: eventSlug } } } },
    select: { slug: true, title: true },
    orderBy: { title: "asc" },
  });
  return rows.map((t) => ({ ...t, url: `/targets/${t.slug}` }));
}

/** The version an edit of the target must carry. */
export async function targetVersion(slug: string, client: Client = db()): Promise<number> {
  const row = await client.target.findUnique({ where: { slug }, select: { version: true } });
  if (!row) throw new NotFoundError("target", slug);
  return row.version;
}
