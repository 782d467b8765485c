import type { EventWrite } from "@/lib/validation/write";
import { AlreadyExistsError, ConflictError, NotFoundError, WriteRejectedError, type WriteIssue } from "../errors";
import { diffRecords } from "@/lib/audit/changes";
import { recordAudit, type Writer } from "./audit";
import { engineSql } from "../engine-sql";
import { insertLinks } from "./links";
import { eventColumns } from "../columns";
import { eventHeadSelect } from "../event-select";
import { locateCitations } from "./citations";
import type { References } from "./references";
import type { Tx } from "./tx";

/** An event as the audit log and the history page show it: its own fields and its links by slug. */
export interface EventRecord {
  slug: string;
  title: string;
  summary: string;
  kind: string;
  status: string;
  date: { start: string; end: string; precision: string; label: string; timezone?: string; note?: string; announced?: string };
  countries: string[];
  topics: string[];
  actors: string[];
  citations: { source: string; quote: string; start: number; end: number; supports: string }[];
}

export type WriteOutcome = "created" | "updated" | "unchanged";

export const recordSelect = {
  ...eventHeadSelect,
  id: true,
  version: true,
  deletedAt: true,
  summary: true,
  timezone: true,
  dateNote: true,
  announcedDate: true,
  countries: { select: { code: true } },
  topics: { select: { slug: true } },
  actors: { select: { slug: true } },
  citations: { select: { quote: true, start: true, end: true, supports: true, source: { select: { slug: true } } }, orderBy: { position: "asc" as const } },
};

type RecordRow = NonNullable<Awaited<ReturnType<typeof readRow>>>;

function readRow(tx: Tx, where: { slug: string } | { id: number }) {
  return tx.event.findUnique({ where, select: recordSelect });
}

export function toRecord(row: RecordRow): EventRecord {
  return {
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    kind: row.kind,
    status: row.status,
    date: {
      start: row.startDate,
      end: row.endDate,
      precision: row.precision,
      label: row.dateLabel,
      ...(row.timezone ? { timezone: row.timezone } : {}),
      ...(row.dateNote ? { note: row.dateNote } : {}),
      ...(row.announcedDate ? { announced: row.announcedDate } : {}),
    },
    countries: row.countries.map((c) => c.code).sort(),
    topics: row.topics.map((t) => t.slug).sort(),
    actors: row.actors.map((a) => a.slug).sort(),
    citations: row.citations.map((c) => ({ source: c.source.slug, quote: c.quote, start: c.start, end: c.end, supports: c.supports })),
  };
}

export interface SaveEventOptions {
  /** "create": the slug must be new; "update": the event (at `slug`) must exist; "upsert": either. */
  mode: "create" | "update" | "upsert";
  /** The slug the event had when the editor loaded it (a rename), when different from input.slug. */
  currentSlug?: string;
  /** Prefix of issue paths, e.g. "events[3]". */
  path?: string;
}

/**
 * Validated input → the event's stored form, with every rule checked against the database: countries,
 * topics and actors known (or created from the names given), every quote verbatim in its source.
 * Any problem rejects the event.
 */
export async function prepareEvent(input: EventWrite, refs: References, path: string): Promise<EventRecord> {
  const issues: WriteIssue[] = [];
  for (const [i, c] of input.countries.entries()) await refs.country(c, `${path}.countries[${i}]`, issues);
  for (const [i, t] of input.topics.entries()) await refs.topic(t, `${path}.topics[${i}]`, issues);
  for (const [i, a] of input.actors.entries()) await refs.actor(a, `${path}.actors[${i}]`, issues);
  const citations = await locateCitations(input.citations, refs, path, issues);
  if (issues.length) throw new WriteRejectedError(rejectedMessage(issues), issues);
  const announced = input.date.announced ?? input.announcedDate;
  return {
    slug: input.slug,
    title: input.title,
    summary: input.summary,
    kind: input.kind,
    status: input.status,
    date: {
      start: input.date.start,
      end: input.date.end,
      precision: input.date.precision,
      label: input.date.label,
      ...(input.date.timezone ? { timezone: input.date.timezone } : {}),
      ...(input.date.note ? { note: input.date.note } : {}),
      ...(announced ? { announced } : {}),
    },
    countries: [...new Set(input.countries.map((c) => c.code))].sort(),
    topics: [...new Set(input.topics.map((t) => t.slug))].sort(),
    actors: [...new Set(input.actors.map((a) => a.slug))].sort(),
    citations,
  };
}

function eventRowColumns(record: EventRecord) {
  return { slug: record.slug, ...eventColumns({ ...record, announcedDate: record.date.announced }), deletedAt: null };
}

async function citationRows(record: EventRecord, eventId: number, refs: References) {
  const rows = [];
  for (const [position, c] of record.citations.entries()) {
    rows.push({ eventId, position, sourceId: await refs.sourceId(c.source), quote: c.quote, start: c.start, end: c.end, supports: c.supports });
  }
  return rows;
}

/** Creates or updates one event (any rule broken: nothing written), with its audit entry. */
export async function saveEvent(tx: Tx, input: EventWrite, writer: Writer, refs: References, at: string, options: SaveEventOptions): Promise<WriteOutcome> {
  const after = await prepareEvent(input, refs, options.path ?? "event");
  const lookup = options.currentSlug ?? input.slug;
  const existing = await readRow(tx, { slug: lookup });
  if (options.mode === "create" && existing && !existing.deletedAt) throw new AlreadyExistsError(`An event with the slug "${lookup}" already exists.`);
  if (options.mode === "update" && (!existing || existing.deletedAt)) throw new NotFoundError("event", lookup);
  if (existing && input.version !== undefined && input.version !== existing.version) {
    throw new ConflictError(
      `"${existing.title}" was changed by someone else since you loaded it (you edited version ${input.version}; it is now at version ${existing.version}). Nothing was saved: reload the event to see their changes.`,
    );
  }
  if (input.slug !== lookup && (await tx.event.findUnique({ where: { slug: input.slug }, select: { id: true } }))) {
    throw new AlreadyExistsError(`The slug "${input.slug}" is already taken by another event.`);
  }

  const before = existing && !existing.deletedAt ? toRecord(existing) : null;
  if (before && JSON.stringify(before) === JSON.stringify(after)) return "unchanged";

  const columns = eventRowColumns(after);
  const links = {
    countries: after.countries.map((code) => ({ code })),
    topics: after.topics.map((slug) => ({ slug })),
    actors: after.actors.map((slug) => ({ slug })),
  };
  const row = existing
    ? await tx.event.update({
        where: { id: existing.id },
        data: { ...columns, version: { increment: 1 }, countries: { set: links.countries }, topics: { set: links.topics }, actors: { set: links.actors } },
        select: { id: true },
      })
    : await tx.event.create({
        data: { ...columns, countries: { connect: links.countries }, topics: { connect: links.topics }, actors: { connect: links.actors } },
        select: { id: true },
      });

  if (existing) await tx.citation.deleteMany({ where: { eventId: row.id } });
  await tx.citation.createMany({ data: await citationRows(after, row.id, refs) });
  await engineSql(tx).refreshSearch(tx, [row.id]);
  if (existing && existing.slug !== after.slug) {
    await tx.eventSlugRedirect.deleteMany({ where: { slug: after.slug } });
    await tx.eventSlugRedirect.create({ data: { slug: existing.slug, eventId: row.id } });
  }

  await recordAudit(tx, writer, { action: before ? "update" : "create", entity: "event", entityId: row.id, entitySlug: after.slug, before, after }, at);
  return before ? "updated" : "created";
}

/** Soft delete: the event leaves the timeline and its permalink answers 410. */
export async function deleteEvent(tx: Tx, slug: string, writer: Writer, at: string, expectedVersion?: number): Promise<void> {
  const existing = await readRow(tx, { slug });
  if (!existing || existing.deletedAt) throw new NotFoundError("event", slug);
  if (expectedVersion !== undefined && expectedVersion !== existing.version) {
    throw new ConflictError(`"${existing.title}" was changed since you loaded it (version ${expectedVersion}, now ${existing.version}). Nothing was deleted: reload and try again.`);
  }
  const announces = await tx.targetRevision.findFirst({ where: { announcedEventId: existing.id }, select: { position: true, target: { select: { slug: true } } } });
  if (announces) {
    throw new ConflictError(`"${existing.title}" announced revision ${announces.position + 1} of target "${announces.target.slug}": change that target first, then delete the event.`);
  }
  const deadlineOf = await tx.targetRevision.findFirst({ where: { deadlineEventId: existing.id }, select: { position: true, target: { select: { slug: true } } } });
  if (deadlineOf) {
    throw new ConflictError(`"${existing.title}" is the deadline of revision ${deadlineOf.position + 1} of target "${deadlineOf.target.slug}": change that target first, then delete the event.`);
  }
  await tx.event.update({ where: { id: existing.id }, data: { deletedAt: at, version: { increment: 1 } } });
  await engineSql(tx).refreshSearch(tx, [existing.id]);
  await recordAudit(tx, writer, { action: "delete", entity: "event", entityId: existing.id, entitySlug: slug, before: toRecord(existing), after: null }, at);
}

/**
 * Writes many new events (prepared by prepareEvent, slugs known to be free) with multi-row inserts:
 * the same rows and audit entries saveEvent writes one by one, at a fraction of the statements.
 */
export async function insertNewEvents(tx: Tx, records: EventRecord[], writer: Writer, refs: References, at: string, batchSize = 500): Promise<void> {
  for (let from = 0; from < records.length; from += batchSize) {
    const chunk = records.slice(from, from + batchSize);
    const created = await tx.event.createManyAndReturn({ data: chunk.map(eventRowColumns), select: { id: true, slug: true } });
    const ids = new Map(created.map((r) => [r.slug, r.id]));
    const id = (r: EventRecord) => ids.get(r.slug)!;
    await insertLinks(tx, "country", chunk.flatMap((r) => r.countries.map((code) => [code, id(r)] as const)));
    await insertLinks(tx, "topic", chunk.flatMap((r) => r.topics.map((slug) => [id(r), refs.topicId(slug)] as const)));
    await insertLinks(tx, "actor", chunk.flatMap((r) => r.actors.map((slug) => [refs.actorId(slug), id(r)] as const)));
    const citations = [];
    for (const r of chunk) citations.push(...(await citationRows(r, id(r), refs)));
    await tx.citation.createMany({ data: citations });
    await engineSql(tx).refreshSearch(tx, created.map((r) => r.id));
    await tx.auditEntry.createMany({ data: chunk.map((r) => createEntry(r, id(r), writer, at)) });
  }
}

/** The audit row of an event's creation, for writes that create many at once. */
export function createEntry(record: EventRecord, entityId: number, writer: Writer, at: string) {
  return {
    at,
    userId: writer.userId,
    actorName: writer.name,
    action: "create",
    entity: "event",
    entityId,
    entitySlug: record.slug,
    changes: JSON.stringify(diffRecords(null, record as unknown as Record<string, unknown>)),
    snapshot: JSON.stringify(record),
  };
}

export function rejectedMessage(issues: WriteIssue[]): string {
  return issues.length === 1 ? `${issues[0].path}: ${issues[0].message}` : `${issues.length} problems; nothing was written`;
}
