import type { KnownVocabulary } from "@/lib/ingest/extract";
import { db } from "./client";

type Client = ReturnType<typeof db>;

export interface DuplicateHint {
  slug: string;
  title: string;
  reason: string;
}

/** What the extractor matches names against: every stored actor with its aliases, every topic. */
export async function ingestVocabulary(client: Client = db()): Promise<KnownVocabulary & { targets: { slug: string; title: string }[] }> {
  const [actors, topics, targets] = await Promise.all([
    client.actor.findMany({ select: { slug: true, name: true, kind: true, aliases: { select: { alias: true } } } }),
    client.topic.findMany({ select: { slug: true, name: true }, orderBy: { name: "asc" } }),
    client.target.findMany({ select: { slug: true, title: true }, orderBy: { title: "asc" } }),
  ]);
  return { actors: actors.map((a) => ({ slug: a.slug, name: a.name, kind: a.kind, aliases: a.aliases.map((x) => x.alias) })), topics, targets };
}

interface Probe {
  quotes: string[];
  start: string;
  end: string;
  actors: string[];
}

/**
 * Stored events each probe may repeat: one that cites the same passage word for word, or one on the
 * same dates with the same stored actors. Deleted events are not counted.
 */
export async function findDuplicates(probes: Probe[], client: Client = db()): Promise<DuplicateHint[][]> {
  const quotes = [...new Set(probes.flatMap((p) => p.quotes))];
  const starts = [...new Set(probes.map((p) => p.start))];
  const [cited, sameDay] = await Promise.all([
    client.citation.findMany({ where: { quote: { in: quotes }, event: { deletedAt: null } }, select: { quote: true, event: { select: { slug: true, title: true } } } }),
    client.event.findMany({ where: { startDate: { in: starts }, deletedAt: null }, select: { slug: true, title: true, startDate: true, endDate: true, actors: { select: { slug: true } } } }),
  ]);
  return probes.map((probe) => {
    const hints = new Map<string, DuplicateHint>();
    for (const c of cited) if (probe.quotes.includes(c.quote)) hints.set(c.event.slug, { ...c.event, reason: "cites the same passage" });
    const mine = [...new Set(probe.actors)].sort().join();
    for (const e of sameDay) {
      if (hints.has(e.slug) || !mine || e.startDate !== probe.start || e.endDate !== probe.end) continue;
      if (e.actors.map((a) => a.slug).sort().join() === mine) hints.set(e.slug, { slug: e.slug, title: e.title, reason: "same dates and the same actors" });
    }
    return [...hints.values()];
  });
}
