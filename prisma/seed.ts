import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createClient } from "@/lib/data/client";
import { loadSeed } from "@/lib/data/seed";
import { backfillEventHistory } from "@/lib/data/write/backfill";
import { seedInputSchema } from "@/lib/validation/seed";
import { corpus } from "./seed-data/corpus";

const here = path.dirname(fileURLToPath(import.meta.url));

/** The article corpus, validated, with each source's verbatim text read from prisma/seed-data/sources. */
export function readCorpus() {
  const seed = seedInputSchema.parse(corpus);
  const texts = new Map(
    seed.sources.map((s) => [s.slug, readFileSync(path.join(here, "seed-data", "sources", s.textFile), "utf8")] as const),
  );
  return { seed, texts };
}

async function main() {
  const onlyIfEmpty = process.argv.includes("--if-empty");
  const client = createClient();
  try {
    if (onlyIfEmpty && (await client.event.count()) > 0) {
      const backfilled = await backfillEventHistory(client);
      console.log(`Database already has events; seed skipped.${backfilled ? ` Gave ${backfilled} event(s) recorded before history was kept a first history entry.` : ""}`);
      return;
    }
    const { seed, texts } = readCorpus();
    const summary = await loadSeed(client, seed, texts);
    console.log(`Seeded ${summary.events} events, ${summary.citations} citations, ${summary.sources} source(s), ${summary.targets} target(s).`);
  } finally {
    await client.$disconnect();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
