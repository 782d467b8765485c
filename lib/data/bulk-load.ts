import { pruneChangeLog } from "./change-log";
import { eventColumns, revisionColumns } from "./columns";
import { noteWrite } from "./read-cache";
import { engineSql, type ColumnType } from "./engine-sql";
import { LINK_TABLES } from "./write/links";
import { locateQuote } from "@/lib/sources/quotes";
import type { SeedInput } from "@/lib/validation/seed";
import type { PrismaClient } from "@/generated/prisma/client";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export interface BulkLoadOptions {
  /** How long the single transaction may run, in milliseconds. */
  timeoutMs?: number;
}

export interface BulkLoadSummary {
  countries: number;
  topics: number;
  actors: number;
  aliases: number;
  sources: number;
  events: number;
  citations: number;
  countryLinks: number;
  topicLinks: number;
  actorLinks: number;
  targets: number;
  revisions: number;
}

export class DatabaseNotEmptyError extends Error {}

/**
 * Loads a large validated corpus into an EMPTY database in one transaction, all or nothing, with
 * multi-row inserts instead of loadSeed's row-by-row upserts. Every quote is located in its source text
 * before anything is written; a database that already holds data is refused.
 */
const EVENT_COLUMNS: [string, ColumnType][] = [
  ["slug", "text"], ["title", "text"], ["summary", "text"], ["kind", "text"], ["status", "text"], ["startDate", "text"], ["endDate", "text"],
  ["precision", "text"], ["dateLabel", "text"], ["timezone", "text"], ["dateNote", "text"], ["announcedDate", "text"],
];
const CITATION_COLUMNS: [string, ColumnType][] = [["eventId", "int"], ["sourceId", "int"], ["quote", "text"], ["start", "int"], ["end", "int"], ["supports", "text"], ["position", "int"]];

export async function bulkLoadCorpus(
  client: PrismaClient,
  seed: SeedInput,
  texts: ReadonlyMap<string, string>,
  { timeoutMs = 10 * 60_000 }: BulkLoadOptions = {},
): Promise<BulkLoadSummary> {
  const textOf = (slug: string) => {
    const text = texts.get(slug);
    if (text === undefined) throw new Error(`no text loaded for source "${slug}"`);
    return text;
  };
  const located = seed.events.map((event) =>
    event.citations.map((c) => ({ ...c, ...locateQuote(textOf(c.source), c.quote, c.occurrence) })),
  );
  // Every field but textFile, which names the file the text was read from.
  const sourceRows = seed.sources.map((s) => ({
    slug: s.slug,
    title: s.title,
    publisher: s.publisher,
    author: s.author ?? null,
    section: s.section ?? null,
    publishedAt: s.publishedAt,
    publishedDate: s.publishedDate,
    publishedZone: s.publishedZone ?? null,
    url: s.url ?? null,
    retrievedAt: s.retrievedAt,
    language: s.language,
    text: textOf(s.slug),
    editorialNote: s.editorialNote ?? null,
  }));

  const sql = engineSql(client);
  const summary = await client.$transaction(
    async (tx) => {
      await assertEmpty(tx);
      const batches = <T>(rows: readonly T[], size: number) =>
        Array.from({ length: Math.ceil(rows.length / size) }, (_, i) => rows.slice(i * size, (i + 1) * size));

      await tx.country.createMany({ data: seed.countries });
      const topicIds = idsBySlug(await tx.topic.createManyAndReturn({ data: seed.topics, select: { id: true, slug: true } }));
      const actorIds = idsBySlug(
        await tx.actor.createManyAndReturn({
          data: seed.actors.map((a) => ({ slug: a.slug, name: a.name, kind: a.kind, role: a.role ?? null })),
          select: { id: true, slug: true },
        }),
      );
      const aliases = seed.actors.flatMap((a) => [...new Set(a.aliases)].map((alias) => ({ actorId: actorIds.get(a.slug)!, alias })));
      await tx.actorAlias.createMany({ data: aliases });

      const sourceIds = new Map<string, number>();
      // Source texts are large: a few per statement keeps each one small.
      for (const chunk of batches(sourceRows, 20)) {
        for (const row of await tx.source.createManyAndReturn({ data: chunk, select: { id: true, slug: true } })) sourceIds.set(row.slug, row.id);
      }

      const eventIds = new Map<string, number>();
      const eventRows = seed.events.map((e) => {
        const c = eventColumns(e);
        return [e.slug, c.title, c.summary, c.kind, c.status, c.startDate, c.endDate, c.precision, c.dateLabel, c.timezone, c.dateNote, c.announcedDate];
      });
      for (const row of await sql.insertRows(tx, "Event", EVENT_COLUMNS, eventRows, ["id", "slug"])) eventIds.set(row.slug as string, Number(row.id));

      const eventId = (slug: string) => eventIds.get(slug)!;
      const countryLinks = seed.events.flatMap((e) => [...new Set(e.countries)].map((code) => [code, eventId(e.slug)] as const));
      const topicLinks = seed.events.flatMap((e) => [...new Set(e.topics)].map((t) => [eventId(e.slug), topicIds.get(t)!] as const));
      const actorLinks = seed.events.flatMap((e) => [...new Set(e.actors)].map((a) => [actorIds.get(a)!, eventId(e.slug)] as const));
      await sql.insertRows(tx, LINK_TABLES.country, [["A", "text"], ["B", "int"]], countryLinks.map(([a, b]) => [a, b]));
      await sql.insertRows(tx, LINK_TABLES.topic, [["A", "int"], ["B", "int"]], topicLinks.map(([a, b]) => [a, b]));
      await sql.insertRows(tx, LINK_TABLES.actor, [["A", "int"], ["B", "int"]], actorLinks.map(([a, b]) => [a, b]));

      const citations = seed.events.flatMap((e, i) =>
        located[i].map((c, position) => [eventId(e.slug), sourceIds.get(c.source)!, c.quote, c.start, c.end, c.supports, position]),
      );
      await sql.insertRows(tx, "Citation", CITATION_COLUMNS, citations);

      let revisions = 0;
      for (const t of seed.targets) revisions += await createTarget(tx, t, eventIds);
      await sql.refreshSearch(tx, null);
      await pruneChangeLog(tx);

      return {
        countries: seed.countries.length,
        topics: topicIds.size,
        actors: actorIds.size,
        aliases: aliases.length,
        sources: sourceIds.size,
        events: eventIds.size,
        citations: citations.length,
        countryLinks: countryLinks.length,
        topicLinks: topicLinks.length,
        actorLinks: actorLinks.length,
        targets: seed.targets.length,
        revisions,
      };
    },
    { timeout: timeoutMs, maxWait: 10_000 },
  );
  noteWrite();
  return summary;
}

function idsBySlug(rows: { id: number; slug: string }[]): Map<string, number> {
  return new Map(rows.map((r) => [r.slug, r.id]));
}

async function assertEmpty(tx: Tx) {
  const counts = {
    events: await tx.event.count(),
    sources: await tx.source.count(),
    countries: await tx.country.count(),
    topics: await tx.topic.count(),
    actors: await tx.actor.count(),
    targets: await tx.target.count(),
  };
  if (counts.events > 0) {
    throw new DatabaseNotEmptyError(
      `the database already has ${counts.events} event(s); the bulk loader only fills an empty database (use a fresh file, or loadSeed to update one)`,
    );
  }
  const filled = Object.entries(counts).filter(([, n]) => n > 0);
  if (filled.length > 0) {
    throw new DatabaseNotEmptyError(
      `the database has no events but is not empty (${filled.map(([name, n]) => `${n} ${name}`).join(", ")}); the bulk loader only fills an empty database`,
    );
  }
}

/** Revisions oldest first; a commitment supersedes the commitment before it, a proposal supersedes nothing (as in loadSeed). */
async function createTarget(tx: Tx, t: SeedInput["targets"][number], eventIds: ReadonlyMap<string, number>): Promise<number> {
  const { revisions, ...fields } = t;
  const target = await tx.target.create({ data: fields, select: { id: true } });
  let previousCommitment: number | null = null;
  for (const [position, r] of revisions.entries()) {
    const announcedEventId = eventIds.get(r.announcedBy);
    if (announcedEventId === undefined) throw new Error(`target "${t.slug}" revision ${position}: unknown event "${r.announcedBy}"`);
    const deadlineEventId = r.deadlineEvent === undefined ? null : eventIds.get(r.deadlineEvent);
    if (deadlineEventId === undefined) throw new Error(`target "${t.slug}" revision ${position}: unknown deadline event "${r.deadlineEvent}"`);
    const row: { id: number } = await tx.targetRevision.create({
      data: {
        targetId: target.id,
        position,
        ...revisionColumns(r),
        announcedEventId,
        deadlineEventId,
        supersedesId: r.kind === "commitment" ? previousCommitment : null,
      },
      select: { id: true },
    });
    if (r.kind === "commitment") previousCommitment = row.id;
  }
  return revisions.length;
}
