import { eventColumns, revisionColumns } from "./columns";
import { noteWrite } from "./read-cache";
import { locateQuote } from "@/lib/sources/quotes";
import type { SeedInput } from "@/lib/validation/seed";
import type { PrismaClient } from "@/generated/prisma/client";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export interface SeedSummary {
  sources: number;
  events: number;
  citations: number;
  targets: number;
}

/**
 * Loads a validated corpus in one transaction, keyed by slugs so that loading it again changes
 * nothing. Every quote is located verbatim in its source text first: a quote that is not there stops
 * the whole load before anything is written.
 */
export async function loadSeed(client: PrismaClient, seed: SeedInput, sourceTexts: ReadonlyMap<string, string>): Promise<SeedSummary> {
  const located = seed.events.map((event) =>
    event.citations.map((c) => {
      const text = sourceTexts.get(c.source);
      if (text === undefined) throw new Error(`no text loaded for source "${c.source}"`);
      return { ...c, ...locateQuote(text, c.quote, c.occurrence) };
    }),
  );

  const summary = await client.$transaction(
    async (tx) => {
      for (const c of seed.countries) {
        await tx.country.upsert({ where: { code: c.code }, create: c, update: { name: c.name } });
      }
      for (const t of seed.topics) {
        await tx.topic.upsert({ where: { slug: t.slug }, create: t, update: { name: t.name } });
      }
      for (const a of seed.actors) await upsertActor(tx, a);

      const sourceIds = new Map<string, number>();
      for (const source of seed.sources) {
        const { textFile, ...fields } = source;
        const text = sourceTexts.get(source.slug);
        if (text === undefined) throw new Error(`no text loaded for source "${source.slug}" (${textFile})`);
        const data = { ...fields, text };
        const row = await tx.source.upsert({ where: { slug: source.slug }, create: data, update: data, select: { id: true } });
        sourceIds.set(source.slug, row.id);
      }

      let citations = 0;
      const eventIds = new Map<string, number>();
      for (const [i, e] of seed.events.entries()) {
        const data = eventColumns(e);
        const links = {
          countries: { set: e.countries.map((code) => ({ code })) },
          topics: { set: e.topics.map((slug) => ({ slug })) },
          actors: { set: e.actors.map((slug) => ({ slug })) },
        };
        const row = await tx.event.upsert({
          where: { slug: e.slug },
          create: { slug: e.slug, ...data, countries: { connect: links.countries.set }, topics: { connect: links.topics.set }, actors: { connect: links.actors.set } },
          update: { ...data, ...links },
          select: { id: true },
        });
        eventIds.set(e.slug, row.id);
        await tx.citation.deleteMany({ where: { eventId: row.id, position: { gte: located[i].length } } });
        for (const [position, c] of located[i].entries()) {
          const citation = { sourceId: sourceIds.get(c.source)!, quote: c.quote, start: c.start, end: c.end, supports: c.supports };
          await tx.citation.upsert({
            where: { eventId_position: { eventId: row.id, position } },
            create: { eventId: row.id, position, ...citation },
            update: citation,
          });
          citations++;
        }
      }

      for (const t of seed.targets) await upsertTarget(tx, t, eventIds);
      return { sources: seed.sources.length, events: seed.events.length, citations, targets: seed.targets.length };
    },
    { timeout: 60_000 },
  );
  noteWrite();
  return summary;
}

async function upsertActor(tx: Tx, a: SeedInput["actors"][number]) {
  const data = { name: a.name, kind: a.kind, role: a.role ?? null };
  const row = await tx.actor.upsert({ where: { slug: a.slug }, create: { slug: a.slug, ...data }, update: data, select: { id: true } });
  await tx.actorAlias.deleteMany({ where: { actorId: row.id, alias: { notIn: a.aliases } } });
  for (const alias of a.aliases) {
    await tx.actorAlias.upsert({ where: { actorId_alias: { actorId: row.id, alias } }, create: { actorId: row.id, alias }, update: {} });
  }
}

/** Revisions are kept oldest first; a commitment supersedes the commitment before it, a proposal supersedes nothing. */
async function upsertTarget(tx: Tx, t: SeedInput["targets"][number], eventIds: ReadonlyMap<string, number>) {
  const { revisions, ...fields } = t;
  const target = await tx.target.upsert({ where: { slug: t.slug }, create: fields, update: fields, select: { id: true } });
  await tx.targetRevision.deleteMany({ where: { targetId: target.id, position: { gte: revisions.length } } });
  // Chain links are unique, so clear them before re-linking in case the order changed.
  await tx.targetRevision.updateMany({ where: { targetId: target.id }, data: { supersedesId: null } });
  let previousCommitment: number | null = null;
  for (const [position, r] of revisions.entries()) {
    const data = {
      ...revisionColumns(r),
      announcedEventId: eventIds.get(r.announcedBy)!,
      supersedesId: r.kind === "commitment" ? previousCommitment : null,
    };
    const row: { id: number } = await tx.targetRevision.upsert({
      where: { targetId_position: { targetId: target.id, position } },
      create: { targetId: target.id, position, ...data },
      update: data,
      select: { id: true },
    });
    if (r.kind === "commitment") previousCommitment = row.id;
  }
}
