// Ingestion benchmark: what POST /api/ingest does with 200,000 characters (the six gold articles
// repeated, each copy a paragraph apart): read the stored actors and topics, extract the candidates
// (matching 2,000 further actors as well), and look for duplicates among the stored events, on a fresh
// SQLite file loaded with the seed. Also times reducing a 0.8 MB HTML page to text. Run with
// `npm run bench:ingest`; prints medians of 7 runs after 2 warm-ups.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createClient } from "@/lib/data/client";
import { findDuplicates, ingestVocabulary } from "@/lib/data/ingest";
import { loadSeed } from "@/lib/data/seed";
import { extractCandidates } from "@/lib/ingest/extract";
import { sourceText } from "@/lib/ingest/text";
import { readCorpus } from "@/prisma/seed";
import { blindGoldArticles, goldArticles } from "@/tests/ingest-gold/gold";
import { databaseEnv, freshDatabase } from "./fresh-database";

const LENGTH = 200_000;
const articles = [...goldArticles, ...blindGoldArticles];
let text = "";
for (let i = 0; text.length < LENGTH; i++) text += `${articles[i % articles.length].text}\n\n`;
text = text.slice(0, LENGTH);
const syntheticActors = Array.from({ length: 2000 }, (_, i) => ({ slug: `person-${i}`, name: `Person${String.fromCharCode(65 + (i % 26))}${i} Example${i}`, kind: "person", aliases: [`Example${i}`] }));

async function median(run: () => Promise<unknown> | unknown, runs = 7, warmups = 2): Promise<number> {
  for (let i = 0; i < warmups; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "policy-timeline-bench-ingest-"));
  const client = createClient(databaseEnv(freshDatabase(dir, "seeded")));
  try {
    const { seed, texts } = readCorpus();
    await loadSeed(client, seed, texts);
    let candidates = 0;
    let flagged = 0;
    const request = await median(async () => {
      const stored = await ingestVocabulary(client);
      const found = extractCandidates({ text, publishedAt: "2025-10-28 23:40" }, { actors: [...stored.actors, ...syntheticActors], topics: stored.topics });
      const duplicates = await findDuplicates(found.map((c) => ({ quotes: [c.quote, ...c.support.map((s) => s.quote)], start: c.date.start, end: c.date.end, actors: c.actors.flatMap((a) => (a.slug ? [a.slug] : [])) })), client);
      candidates = found.length;
      flagged = duplicates.filter((d) => d.length).length;
    });
    const html = `<html><head><script>var x = 1;</script><style>p { color: red }</style></head><body>${text
      .split("\n\n")
      .map((p) => `<p>${p.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`)
      .join("\n")
      .repeat(4)}</body></html>`;
    const reduce = await median(() => sourceText(html, "html"), 3, 1);
    console.log(`| measure | value |\n|---|---:|`);
    console.log(`| text | ${text.length.toLocaleString("en")} characters |`);
    console.log(`| candidates found (flagged as stored) | ${candidates.toLocaleString("en")} (${flagged.toLocaleString("en")}) |`);
    console.log(`| vocabulary + extraction + duplicate check, median of 7 (goal < 2 s) | ${request.toFixed(0)} ms |`);
    console.log(`| HTML page of ${(html.length / 1e6).toFixed(2)} MB reduced to text, median of 3 | ${reduce.toFixed(0)} ms |`);
    console.log(`| heap used after | ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB |`);
  } finally {
    await client.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
