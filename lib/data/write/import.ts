import type { PrismaClient } from "@/generated/prisma/client";
import { importBundleSchema, zodIssues, type ImportBundle } from "@/lib/validation/write";
import { WriteRejectedError, type WriteIssue } from "../errors";
import type { Writer } from "./audit";
import { insertNewEvents, prepareEvent, rejectedMessage, saveEvent, type EventRecord, type WriteOutcome } from "./events";
import { References } from "./references";
import { saveSource } from "./sources";
import { saveTarget } from "./targets";
import { inTransaction } from "./tx";

type Counts = { sources: number; events: number; targets: number };
export interface ImportReport {
  dryRun: boolean;
  created: Counts;
  updated: Counts;
  unchanged: Counts;
}

/** The body of an import, validated; every problem in it at once, each with its path. */
export function parseImportBundle(raw: unknown): ImportBundle {
  const parsed = importBundleSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = zodIssues(parsed.error);
    throw new WriteRejectedError(rejectedMessage(issues), issues);
  }
  return parsed.data;
}

/**
 * Upserts sources, then events, then targets (each may refer to the ones before), all in one
 * transaction: one bad row and nothing is written. A dry run reports what would happen and writes
 * nothing. Problems in many rows are reported together, not just the first. An import replaces by slug
 * whatever version is stored (an export carries no versions), so `version` fields are ignored.
 */
export async function importBundle(
  client: PrismaClient,
  bundle: ImportBundle,
  writer: Writer,
  options: { dryRun?: boolean; onProgress?: (done: number, total: number) => void } = {},
): Promise<ImportReport> {
  const total = bundle.sources.length + bundle.events.length + bundle.targets.length;
  const at = new Date().toISOString();
  return inTransaction(
    client,
    async (tx) => {
      const refs = new References(tx, writer, at);
      const report: ImportReport = { dryRun: Boolean(options.dryRun), created: zero(), updated: zero(), unchanged: zero() };
      const issues: WriteIssue[] = [];
      let done = 0;
      const tally = async (kind: keyof Counts, write: () => Promise<WriteOutcome>) => {
        try {
          const outcome = await write();
          report[outcome][kind]++;
        } catch (error) {
          if (!(error instanceof WriteRejectedError)) throw error;
          issues.push(...error.issues);
          if (issues.length > 1000) throw new WriteRejectedError(`over 1,000 problems; nothing was written`, issues.slice(0, 1000));
        }
        if (++done % 200 === 0 || done === total) options.onProgress?.(done, total);
      };
      for (const [i, s] of bundle.sources.entries()) await tally("sources", () => saveSource(tx, { ...s, version: undefined }, writer, refs, at, { mode: "upsert", path: `sources[${i}]` }));
      // Events whose slug the database has never held are checked one by one and written in batches;
      // the others (updates, restores of deleted ones) go through saveEvent.
      const stored = new Set<string>();
      const slugs = bundle.events.map((e) => e.slug);
      for (let from = 0; from < slugs.length; from += 500) {
        const rows = await tx.event.findMany({ where: { slug: { in: slugs.slice(from, from + 500) } }, select: { slug: true } });
        rows.forEach((r) => stored.add(r.slug));
      }
      const firstIndex = new Map<string, number>();
      const fresh: EventRecord[] = [];
      for (const [i, e] of bundle.events.entries()) {
        const path = `events[${i}]`;
        const earlier = firstIndex.get(e.slug);
        if (earlier !== undefined) {
          issues.push({ path: `${path}.slug`, message: `"${e.slug}" is also the slug of events[${earlier}]` });
          continue;
        }
        firstIndex.set(e.slug, i);
        if (stored.has(e.slug)) {
          await tally("events", () => saveEvent(tx, { ...e, version: undefined }, writer, refs, at, { mode: "upsert", path }));
        } else {
          await tally("events", async () => {
            fresh.push(await prepareEvent(e, refs, path));
            return "created";
          });
        }
      }
      if (issues.length === 0) await insertNewEvents(tx, fresh, writer, refs, at);
      for (const [i, t] of bundle.targets.entries()) await tally("targets", () => saveTarget(tx, { ...t, version: undefined }, writer, at, { mode: "upsert", path: `targets[${i}]` }));
      if (issues.length) throw new WriteRejectedError(rejectedMessage(issues), issues);
      return report;
    },
    { dryRun: options.dryRun, timeoutMs: 10 * 60_000 },
  );
}

const zero = (): Counts => ({ sources: 0, events: 0, targets: 0 });
