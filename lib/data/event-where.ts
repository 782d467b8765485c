import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { CalendarDate } from "@/lib/dates/calendar-date";
import { searchWords } from "@/lib/search/query";
import { STATUS_BEFORE_SUPERSESSION } from "@/lib/targets/event-as-of";
import type { EventStatus } from "@/lib/validation/vocabulary";
import { filterRange, serializeFilters, type EventFilters } from "@/lib/url/filters";
import { engineSql } from "./engine-sql";
import { cachedRead } from "./read-cache";

/** Soft-deleted events leave every list, count and search; only their permalink remembers them (410). */
export const LIVE: Prisma.EventWhereInput = { deletedAt: null };

export const TIME_ORDER: Prisma.EventOrderByWithRelationInput[] = [{ startDate: "asc" }, { endDate: "asc" }, { slug: "asc" }];

/** Every filter but the text search, which only the engine's full-text index can answer (rankedMatches). */
function whereExceptText(filters: EventFilters): Prisma.EventWhereInput {
  const and: Prisma.EventWhereInput[] = [LIVE];
  if (filters.country.length) and.push({ countries: { some: { code: { in: filters.country } } } });
  if (filters.topic.length) and.push({ topics: { some: { slug: { in: filters.topic } } } });
  if (filters.actor.length) and.push({ actors: { some: { slug: { in: filters.actor } } } });
  if (filters.kind.length) and.push({ kind: { in: filters.kind } });
  if (filters.status.length) and.push(statusWhere(filters.status, filters.asOf ?? null));
  const range = filterRange(filters);
  if (range.start) and.push({ endDate: { gte: range.start } });
  if (range.end) and.push({ startDate: { lte: range.end } });
  if (filters.asOf) and.push(reportedBy(filters.asOf));
  return { AND: and };
}

/** Events reported by `asOf` (the rule of lib/targets/event-as-of.ts's reportedBy). */
function reportedBy(asOf: CalendarDate): Prisma.EventWhereInput {
  // No recorded announcement: the event stood before any report the sources date (e.g. the FY2027 deadline).
  return { OR: [{ announcedDate: { lte: asOf } }, { announcedDate: null }] };
}

/**
 * Events stored as superseded that were not yet on `asOf`: each revision they stand in that was
 * superseded was superseded by one reported later (eventStatusOn's rule, as a query).
 */
export function supersededAfter(asOf: CalendarDate): Prisma.EventWhereInput {
  const superseded: Prisma.TargetRevisionWhereInput = { supersededBy: { isNot: null } };
  const supersededByThen: Prisma.TargetRevisionWhereInput = { supersededBy: { is: { announcedBy: reportedBy(asOf) } } };
  return {
    status: "superseded",
    OR: [{ announcedRevisions: { some: superseded } }, { deadlineRevisions: { some: superseded } }],
    announcedRevisions: { none: supersededByThen },
    deadlineRevisions: { none: supersededByThen },
  };
}

/** Events whose status, as known on `asOf` (null: today), is one of `statuses`. */
export function statusWhere(statuses: readonly EventStatus[], asOf: CalendarDate | null): Prisma.EventWhereInput {
  const stored: Prisma.EventWhereInput = { status: { in: [...statuses] } };
  if (asOf === null) return stored;
  const later = supersededAfter(asOf);
  const before: Prisma.EventWhereInput[] = [
    ...(statuses.includes(STATUS_BEFORE_SUPERSESSION.deadline) ? [{ kind: "deadline" }] : []),
    ...(statuses.includes(STATUS_BEFORE_SUPERSESSION.otherwise) ? [{ kind: { not: "deadline" } }] : []),
  ];
  return { OR: [{ AND: [stored, { NOT: later }] }, ...(before.length ? [{ AND: [later, { OR: before }] }] : [])] };
}

const onlyText = (f: EventFilters) => !f.country.length && !f.topic.length && !f.actor.length && !f.kind.length && !f.status.length && !f.from && !f.to && !f.asOf;

/**
 * Most ids one IN list may bind: Prisma's query compiler allows 999 bound values a query on SQLite
 * (32,766 on PostgreSQL), with room left for the rest of the query.
 */
export const IN_LIST_LIMIT = 900;

export function inChunks<T>(items: readonly T[], size = IN_LIST_LIMIT): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

/**
 * Ids of the events the filters select when they search text, best match first: the engine's
 * full-text index ranks the matches, then the other filters keep theirs. Once per data version.
 */
export async function rankedMatches(filters: EventFilters, client: PrismaClient): Promise<number[]> {
  const { value } = await cachedRead(client, `search?${serializeFilters(filters)}`, async () => {
    const words = searchWords(filters.q ?? "");
    if (!words.length) return [];
    const matches = await engineSql(client).searchEvents(client, words);
    // The index holds live events only, so a bare search needs no second look.
    if (onlyText(filters)) return matches;
    const rest = whereExceptText(filters);
    const where = matches.length <= IN_LIST_LIMIT ? { AND: [rest, { id: { in: matches } }] } : rest;
    const kept = new Set((await client.event.findMany({ where, select: { id: true } })).map((row) => row.id));
    return matches.filter((id) => kept.has(id));
  });
  return value;
}

/**
 * How to read exactly the filtered events: `where`, then (for a text search with more matches than
 * one IN list may bind) only the rows whose id is in `keep`. Select `id` and pass the rows to `kept`.
 */
export interface FilterPlan {
  where: Prisma.EventWhereInput;
  keep?: ReadonlySet<number>;
}

export async function filterPlan(filters: EventFilters, client: PrismaClient): Promise<FilterPlan> {
  if (!filters.q) return { where: whereExceptText(filters) };
  const ids = await rankedMatches(filters, client);
  if (ids.length <= IN_LIST_LIMIT) return { where: { id: { in: ids } } };
  return { where: whereExceptText(filters), keep: new Set(ids) };
}

export function kept<T extends { id: number }>(plan: FilterPlan, rows: T[]): T[] {
  const keep = plan.keep;
  return keep ? rows.filter((row) => keep.has(row.id)) : rows;
}

/** How many events the filters select. */
export async function countFiltered(filters: EventFilters, client: PrismaClient): Promise<number> {
  return filters.q ? (await rankedMatches(filters, client)).length : client.event.count({ where: whereExceptText(filters) });
}
