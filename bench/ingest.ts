// Ingestion benchmark: the extractor on 200,000 characters (the six gold articles repeated, each copy
// a paragraph apart) with the seed's actors and topics plus 2,000 synthetic actors to match against,
// as POST /api/ingest runs it. Also times reducing a 1 MB HTML page to text. Run with
// `npm run bench:ingest`; prints the median of 7 runs after 2 warm-ups.
import { extractCandidates } from "@/lib/ingest/extract";
import { sourceText } from "@/lib/ingest/text";
import { corpus } from "@/prisma/seed-data/corpus";
import { blindGoldArticles, goldArticles } from "@/tests/ingest-gold/gold";

const LENGTH = 200_000;
const articles = [...goldArticles, ...blindGoldArticles];
let text = "";
for (let i = 0; text.length < LENGTH; i++) text += `${articles[i % articles.length].text}\n\n`;
text = text.slice(0, LENGTH);

const syntheticActors = Array.from({ length: 2000 }, (_, i) => ({ slug: `person-${i}`, name: `Person${String.fromCharCode(65 + (i % 26))}${i} Example${i}`, kind: "person", aliases: [`Example${i}`] }));
const known = { actors: [...corpus.actors.map((a) => ({ ...a, aliases: [...a.aliases] })), ...syntheticActors], topics: corpus.topics };

function median(run: () => void, runs = 7, warmups = 2): number {
  for (let i = 0; i < warmups; i++) run();
  const times = Array.from({ length: runs }, () => {
    const t0 = performance.now();
    run();
    return performance.now() - t0;
  }).sort((a, b) => a - b);
  return times[Math.floor(runs / 2)];
}

let count = 0;
const extract = median(() => {
  count = extractCandidates({ text, publishedAt: "2025-10-28 23:40" }, known).length;
});
const html = `<html><head><script>var x = 1;</script><style>p { color: red }</style></head><body>${text
  .split("\n\n")
  .map((p) => `<p>${p.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`)
  .join("\n")
  .repeat(4)}</body></html>`;
const reduce = median(() => sourceText(html, "html"), 3, 1);
const memory = process.memoryUsage();

console.log(`| measure | value |\n|---|---:|`);
console.log(`| text length | ${text.length.toLocaleString("en")} characters |`);
console.log(`| stored actors matched against | ${known.actors.length.toLocaleString("en")} |`);
console.log(`| candidates found | ${count.toLocaleString("en")} |`);
console.log(`| extraction, median of 7 | ${extract.toFixed(0)} ms |`);
console.log(`| HTML page of ${(html.length / 1e6).toFixed(2)} MB reduced to text, median of 3 | ${reduce.toFixed(0)} ms |`);
console.log(`| heap used after | ${(memory.heapUsed / 1e6).toFixed(0)} MB |`);
