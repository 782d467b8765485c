import type { PrismaClient } from "@/generated/prisma/client";
import type { SeedInput } from "@/lib/validation/seed";
import type { ImportBundleInput } from "@/lib/validation/write";
import { SEED_WRITER } from "./write/audit";
import { importBundle, parseImportBundle } from "./write/import";

export interface SeedSummary {
  sources: number;
  events: number;
  citations: number;
  targets: number;
}

/** The seed corpus in the import's shape: references carry the names that create what is not there yet. */
export function seedBundle(seed: SeedInput, sourceTexts: ReadonlyMap<string, string>): ImportBundleInput {
  const countries = new Map(seed.countries.map((c) => [c.code, c]));
  const topics = new Map(seed.topics.map((t) => [t.slug, t]));
  const actors = new Map(seed.actors.map((a) => [a.slug, a]));
  return {
    sources: seed.sources.map(({ textFile, ...source }) => {
      const text = sourceTexts.get(source.slug);
      if (text === undefined) throw new Error(`no text loaded for source "${source.slug}" (${textFile})`);
      return { ...source, text };
    }),
    events: seed.events.map((e) => ({
      ...e,
      countries: e.countries.map((code) => countries.get(code)!),
      topics: e.topics.map((slug) => topics.get(slug)!),
      actors: e.actors.map((slug) => actors.get(slug)!),
    })),
    targets: seed.targets.map((t) => ({
      ...t,
      revisions: t.revisions.map((r) => ({ ...r, proposedBy: r.proposedBy ? { slug: r.proposedBy } : null })),
    })),
  };
}

/**
 * Loads a validated corpus through the same write path as edits and imports, in one transaction,
 * attributed to the seed: loading it again changes nothing. A quote that is not verbatim in its
 * source stops the whole load before anything is written.
 */
export async function loadSeed(client: PrismaClient, seed: SeedInput, sourceTexts: ReadonlyMap<string, string>): Promise<SeedSummary> {
  await importBundle(client, parseImportBundle(seedBundle(seed, sourceTexts)), SEED_WRITER);
  return {
    sources: seed.sources.length,
    events: seed.events.length,
    citations: seed.events.reduce((n, e) => n + e.citations.length, 0),
    targets: seed.targets.length,
  };
}
