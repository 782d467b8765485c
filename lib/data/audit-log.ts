import type { FieldChange } from "@/lib/audit/changes";
import { db } from "./client";
import { NotFoundError } from "./errors";

type Client = ReturnType<typeof db>;

export interface HistoryEntry {
  /** 1 for the create; each later write adds one. */
  version: number;
  at: string;
  actor: { name: string };
  action: "create" | "update" | "delete";
  changes: FieldChange[];
}

export interface AuditLogEntry extends Omit<HistoryEntry, "version"> {
  id: number;
  entity: string;
  slug: string;
}

/** The id of the event a slug names now or named before a rename, deleted events included. */
async function eventIdOf(slug: string, client: Client): Promise<number> {
  const row =
    (await client.event.findUnique({ where: { slug }, select: { id: true } })) ??
    (await client.eventSlugRedirect.findUnique({ where: { slug }, select: { eventId: true } }).then((r) => (r ? { id: r.eventId } : null)));
  if (!row) throw new NotFoundError("event", slug);
  return row.id;
}

const entrySelect = { id: true, at: true, actorName: true, action: true, entity: true, entitySlug: true, changes: true } as const;

/** Every write to one event, oldest first. */
export async function eventHistory(slug: string, client: Client = db()): Promise<HistoryEntry[]> {
  const entityId = await eventIdOf(slug, client);
  const rows = await client.auditEntry.findMany({ where: { entity: "event", entityId }, select: entrySelect, orderBy: { id: "asc" } });
  return rows.map((row, i) => ({
    version: i + 1,
    at: row.at,
    actor: { name: row.actorName },
    action: row.action as HistoryEntry["action"],
    changes: JSON.parse(row.changes) as FieldChange[],
  }));
}

/** The event as it stood after its `version`-th write (null after a delete). */
export async function eventAtVersion(slug: string, version: number, client: Client = db()): Promise<{ entry: HistoryEntry; snapshot: Record<string, unknown> | null }> {
  const entityId = await eventIdOf(slug, client);
  const rows = await client.auditEntry.findMany({
    where: { entity: "event", entityId },
    select: { ...entrySelect, snapshot: true },
    orderBy: { id: "asc" },
    skip: version - 1,
    take: 1,
  });
  const row = rows[0];
  if (!row || version < 1) throw new NotFoundError(`version ${version} of event`, slug);
  return {
    entry: { version, at: row.at, actor: { name: row.actorName }, action: row.action as HistoryEntry["action"], changes: JSON.parse(row.changes) as FieldChange[] },
    snapshot: row.snapshot ? (JSON.parse(row.snapshot) as Record<string, unknown>) : null,
  };
}

/** Every write, newest first, a page at a time; the cursor is the id of the last entry seen. */
export async function auditLog(page: { limit: number; cursor?: number }, client: Client = db()): Promise<{ entries: AuditLogEntry[]; nextCursor: string | null }> {
  const rows = await client.auditEntry.findMany({
    where: page.cursor ? { id: { lt: page.cursor } } : {},
    select: entrySelect,
    orderBy: { id: "desc" },
    take: page.limit + 1,
  });
  const entries = rows.slice(0, page.limit).map((row) => ({
    id: row.id,
    at: row.at,
    actor: { name: row.actorName },
    action: row.action as AuditLogEntry["action"],
    entity: row.entity,
    slug: row.entitySlug,
    changes: JSON.parse(row.changes) as FieldChange[],
  }));
  return { entries, nextCursor: rows.length > page.limit ? String(entries[entries.length - 1].id) : null };
}
