// Import benchmark: synthetic corpora of 1,000 and 50,000 events (with their sources) imported through
// the one write path into fresh SQLite files: 1,000 through POST /api/import's code path in-process,
// 50,000 through `npm run import`. Run with `npm run bench:import`; prints the wall times.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createClient } from "@/lib/data/client";
import { seedBundle } from "@/lib/data/seed";
import { parseImportBundle, runImport } from "@/lib/data/write";
import { generateSyntheticCorpus } from "@/lib/synthetic/generate";
import { databaseEnv, freshDatabase } from "./fresh-database";

const root = path.resolve(import.meta.dirname, "..");
const env = databaseEnv;

function corpusFile(dir: string, count: number): string {
  const { seed, texts } = generateSyntheticCorpus({ count, seed: 7 });
  const file = path.join(dir, `import-${count}.json`);
  writeFileSync(file, JSON.stringify(seedBundle(seed, texts)));
  return file;
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "policy-timeline-bench-import-"));
  try {
    const small = corpusFile(dir, 1_000);
    const smallDb = freshDatabase(dir, "small");
    const client = createClient(env(smallDb));
    const { readFileSync } = await import("node:fs");
    const started = performance.now();
    const report = await runImport(parseImportBundle(JSON.parse(readFileSync(small, "utf8"))), { userId: null, name: "bench" }, {}, client);
    const smallSeconds = (performance.now() - started) / 1000;
    await client.$disconnect();
    console.log(`1,000 events (${report.created.sources} sources), validate + write + audit: ${smallSeconds.toFixed(2)} s (goal < 5 s)`);

    const count = Number(process.argv[2] ?? 50_000);
    const large = corpusFile(dir, count);
    const largeDb = freshDatabase(dir, "large");
    const cliStarted = performance.now();
    execFileSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/import.ts", large], { cwd: root, env: env(largeDb), stdio: ["ignore", "inherit", "ignore"] });
    const cliSeconds = (performance.now() - cliStarted) / 1000;
    console.log(`${count.toLocaleString("en-US")} events through npm run import (process start included): ${cliSeconds.toFixed(1)} s (goal < 60 s)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
