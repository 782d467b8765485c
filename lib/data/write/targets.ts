import { deadlineEventIssue } from "@/lib/validation/deadline-event";
import { targetWriteSchema, type TargetWrite } from "@/lib/validation/write";
import { AlreadyExistsError, ConflictError, NotFoundError, WriteRejectedError, type WriteIssue } from "../errors";
import { recordAudit, type Writer } from "./audit";
import { rejectedMessage, type WriteOutcome } from "./events";
import type { Tx } from "./tx";
import { revisionColumns } from "../columns";

interface RevisionRecord {
  kind: string;
  proposedBy: string | null;
  value: number;
  valueLabel: string;
  deadline: { start: string; end: string; precision: string; label: string } | null;
  status: string;
  announcedBy: string;
  deadlineEvent: string | null;
  supersedes: number | null;
}

interface TargetRecord {
  slug: string;
  title: string;
  subject: string;
  metric: string;
  unit: string;
  holder: string;
  description: string;
  revisions: RevisionRecord[];
}

const targetRecordSelect = {
  id: true,
  version: true,
  slug: true,
  title: true,
  subject: true,
  metric: true,
  unit: true,
  holder: true,
  description: true,
  revisions: {
    orderBy: { position: "asc" as const },
    select: {
      kind: true,
      proposedBy: true,
      value: true,
      valueLabel: true,
      deadlineStart: true,
      deadlineEnd: true,
      deadlinePrecision: true,
      deadlineLabel: true,
      status: true,
      announcedBy: { select: { slug: true } },
      deadlineEvent: { select: { slug: true } },
      supersedes: { select: { position: true } },
    },
  },
};

type StoredTarget = NonNullable<Awaited<ReturnType<typeof findStored>>>;

const findStored = (tx: Tx, slug: string) => tx.target.findUnique({ where: { slug }, select: targetRecordSelect });

function recordOf(existing: StoredTarget): TargetRecord {
  return {
    slug: existing.slug,
    title: existing.title,
    subject: existing.subject,
    metric: existing.metric,
    unit: existing.unit,
    holder: existing.holder,
    description: existing.description,
    revisions: existing.revisions.map((r) => ({
      kind: r.kind,
      proposedBy: r.proposedBy,
      value: r.value,
      valueLabel: r.valueLabel,
      deadline: r.deadlineStart && r.deadlineEnd && r.deadlinePrecision && r.deadlineLabel ? { start: r.deadlineStart, end: r.deadlineEnd, precision: r.deadlinePrecision, label: r.deadlineLabel } : null,
      status: r.status,
      announcedBy: r.announcedBy.slug,
      deadlineEvent: r.deadlineEvent?.slug ?? null,
      supersedes: r.supersedes?.position ?? null,
    })),
  };
}

/** A stored target in the write shape, to be saved again with a revision added. */
export async function storedTargetWrite(tx: Tx, slug: string): Promise<TargetWrite> {
  const existing = await findStored(tx, slug);
  if (!existing) throw new NotFoundError("target", slug);
  const record = recordOf(existing);
  // Through the write schema, so the stored strings come back as the vocabulary they were written in.
  return targetWriteSchema.parse({ ...record, version: existing.version, revisions: record.revisions.map((r) => ({ ...r, proposedBy: r.proposedBy ? { slug: r.proposedBy } : null })) });
}

/** Revisions oldest first; unless it says otherwise, a commitment replaces the commitment before it. */
export function revisionChain(revisions: TargetWrite["revisions"]): (number | null)[] {
  let previousCommitment: number | null = null;
  return revisions.map((r, position) => {
    const supersedes = r.supersedes !== undefined ? (r.supersedes ?? null) : r.kind === "commitment" ? previousCommitment : null;
    if (r.kind === "commitment") previousCommitment = position;
    return supersedes;
  });
}

export async function saveTarget(tx: Tx, input: TargetWrite, writer: Writer, at: string, options: { mode: "create" | "update" | "upsert"; path?: string }): Promise<WriteOutcome> {
  const path = options.path ?? "target";
  const issues: WriteIssue[] = [];
  const chain = revisionChain(input.revisions);
  const actorSlugs = [input.holder, ...input.revisions.flatMap((r) => (r.proposedBy ? [r.proposedBy.slug] : []))];
  const actors = new Set((await tx.actor.findMany({ where: { slug: { in: actorSlugs } }, select: { slug: true } })).map((a) => a.slug));
  const referenced = input.revisions.flatMap((r) => (r.deadlineEvent ? [r.announcedBy, r.deadlineEvent] : [r.announcedBy]));
  const events = new Map(
    (await tx.event.findMany({ where: { slug: { in: referenced }, deletedAt: null }, select: { id: true, slug: true, kind: true, startDate: true, endDate: true } })).map((e) => [e.slug, e]),
  );
  if (!actors.has(input.holder)) issues.push({ path: `${path}.holder`, message: `unknown actor "${input.holder}"` });
  input.revisions.forEach((r, i) => {
    const at = `${path}.revisions[${i}]`;
    if (r.proposedBy && !actors.has(r.proposedBy.slug)) issues.push({ path: `${at}.proposedBy`, message: `unknown actor "${r.proposedBy.slug}"` });
    if (!events.has(r.announcedBy)) issues.push({ path: `${at}.announcedBy`, message: `unknown event "${r.announcedBy}": the announcing event must exist first` });
    const deadlineIssue = r.deadlineEvent && deadlineEventIssue(r.deadlineEvent, events.get(r.deadlineEvent), r.deadline);
    if (deadlineIssue) issues.push({ path: `${at}.deadlineEvent`, message: deadlineIssue });
    const replaced = chain[i];
    if (replaced !== null && (replaced >= i || input.revisions[replaced].kind !== "commitment")) {
      issues.push({ path: `${at}.supersedes`, message: "a revision can only replace an earlier commitment" });
    }
  });
  if (new Set(chain.filter((c) => c !== null)).size !== chain.filter((c) => c !== null).length) {
    issues.push({ path: `${path}.revisions`, message: "two revisions replace the same commitment" });
  }
  if (issues.length) throw new WriteRejectedError(rejectedMessage(issues), issues);

  const existing = await findStored(tx, input.slug);
  if (options.mode === "create" && existing) throw new AlreadyExistsError(`A target with the slug "${input.slug}" already exists.`);
  if (options.mode === "update" && !existing) throw new NotFoundError("target", input.slug);
  if (existing && input.version !== undefined && input.version !== existing.version) {
    throw new ConflictError(`"${existing.title}" was changed since you loaded it (version ${input.version}, now ${existing.version}). Nothing was saved: reload it first.`);
  }

  const after: TargetRecord = {
    slug: input.slug,
    title: input.title,
    subject: input.subject,
    metric: input.metric,
    unit: input.unit,
    holder: input.holder,
    description: input.description,
    revisions: input.revisions.map((r, i) => ({
      kind: r.kind,
      proposedBy: r.proposedBy?.slug ?? null,
      value: r.value,
      valueLabel: r.valueLabel,
      deadline: r.deadline ? { start: r.deadline.start, end: r.deadline.end, precision: r.deadline.precision, label: r.deadline.label } : null,
      status: r.status,
      announcedBy: r.announcedBy,
      deadlineEvent: r.deadlineEvent ?? null,
      supersedes: chain[i],
    })),
  };
  const before: TargetRecord | null = existing && recordOf(existing);
  if (before && JSON.stringify(before) === JSON.stringify(after)) return "unchanged";

  const { revisions, slug, ...fields } = after;
  const target = existing
    ? await tx.target.update({ where: { id: existing.id }, data: { ...fields, version: { increment: 1 } }, select: { id: true } })
    : await tx.target.create({ data: { slug, ...fields }, select: { id: true } });
  // Chain links are unique, so the revisions are written afresh rather than shuffled in place.
  await tx.targetRevision.updateMany({ where: { targetId: target.id }, data: { supersedesId: null } });
  await tx.targetRevision.deleteMany({ where: { targetId: target.id } });
  const ids: number[] = [];
  for (const [position, r] of revisions.entries()) {
    const row = await tx.targetRevision.create({
      data: {
        targetId: target.id,
        position,
        ...revisionColumns(r),
        announcedEventId: events.get(r.announcedBy)!.id,
        deadlineEventId: r.deadlineEvent === null ? null : events.get(r.deadlineEvent)!.id,
        supersedesId: r.supersedes === null ? null : ids[r.supersedes],
      },
      select: { id: true },
    });
    ids.push(row.id);
  }
  await recordAudit(tx, writer, { action: before ? "update" : "create", entity: "target", entityId: target.id, entitySlug: input.slug, before, after }, at);
  return before ? "updated" : "created";
}
