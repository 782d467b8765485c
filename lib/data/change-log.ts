import type { PrismaClient } from "@/generated/prisma/client";
import type { Tx } from "./write/tx";

/**
 * The change log the triggers of prisma/migrations/*_event_changes write: one row per event whose
 * timeline item may have changed, in commit order. The item store reads it; every write transaction
 * prunes it to its last CHANGE_LOG_KEEP rows, so it does not grow with the database's age.
 */

/**
 * Rows kept. A reader further behind than this has missed more than the item store would patch in
 * place anyway (it reads everything again past IN_LIST_LIMIT distinct events), so nothing it could
 * use is lost.
 */
export const CHANGE_LOG_KEEP = 10_000;

export interface LogPosition {
  /** Tells one database from another: a reseed or a restore starts a new log. */
  epoch: string;
  first: number | null;
  last: number | null;
}

const asNumber = (value: bigint | number | null) => (value === null ? null : Number(value));

export async function readLogPosition(client: PrismaClient): Promise<LogPosition> {
  const [row] = await client.$queryRaw<{ epoch: string; first: bigint | number | null; last: bigint | number | null }[]>`
    SELECT (SELECT "epoch" FROM "_policy_timeline_log_epoch" WHERE "id" = 1) AS "epoch",
           (SELECT min("seq") FROM "_policy_timeline_event_changes") AS "first",
           (SELECT max("seq") FROM "_policy_timeline_event_changes") AS "last"`;
  return { epoch: row.epoch, first: asNumber(row.first), last: asNumber(row.last) };
}

/**
 * Ids of the events changed in rows `after` < seq ≤ `upTo`, or null when the log cannot name them all:
 * more than `limit` of them, or rows pruned by a write that committed since the position was read.
 * One statement, so that the check and the rows come from one snapshot.
 */
export async function changedEvents(client: PrismaClient, after: number, upTo: number, limit: number): Promise<number[] | null> {
  const rows = await client.$queryRaw<{ first: bigint | number | null; id: bigint | number | null }[]>`
    SELECT f."first", c."id"
      FROM (SELECT min("seq") AS "first" FROM "_policy_timeline_event_changes") f
      LEFT JOIN (SELECT DISTINCT "eventId" AS "id" FROM "_policy_timeline_event_changes" WHERE "seq" > ${after} AND "seq" <= ${upTo} LIMIT ${limit + 1}) c ON 1 = 1`;
  const first = asNumber(rows[0]?.first ?? null);
  if (first === null || first > after + 1) return null;
  const ids = rows.flatMap((r) => (r.id === null ? [] : [Number(r.id)]));
  return ids.length > limit ? null : ids;
}

/** Drops all but the last CHANGE_LOG_KEEP rows; called inside every write transaction. */
export async function pruneChangeLog(tx: Tx): Promise<void> {
  await tx.$executeRaw`
    DELETE FROM "_policy_timeline_event_changes"
     WHERE "seq" <= (SELECT max("seq") FROM "_policy_timeline_event_changes") - ${CHANGE_LOG_KEEP}`;
}
