// Imports a large JSON or CSV file through the same validated, all-or-nothing write path as the API:
//   npm run import -- FILE [--dry-run] [--as editor@example.org]
// The format follows the file's ending (.csv, else JSON). Progress is drawn on standard error.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { SingleBar, Presets } from "cli-progress";
import { WriteRejectedError } from "@/lib/data/errors";
import { findUserByEmail } from "@/lib/data/users";
import { runImport, type Writer } from "@/lib/data/write";
import { parseImport } from "@/lib/import/parse";

async function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { "dry-run": { type: "boolean", default: false }, as: { type: "string" } } });
  const file = positionals[0];
  if (!file) throw new Error("Usage: npm run import -- FILE [--dry-run] [--as editor@example.org]");
  let writer: Writer = { userId: null, name: `command line (${path.basename(file)})` };
  if (values.as) {
    const user = await findUserByEmail(values.as);
    if (!user) throw new Error(`No account for ${values.as}.`);
    writer = { userId: user.id, name: user.name };
  }
  const started = performance.now();
  const { bundle, explain } = parseImport(readFileSync(file, "utf8"), file.toLowerCase().endsWith(".csv") ? "csv" : "json");
  const bar = new SingleBar({ format: "{bar} {percentage}% · {value}/{total} records · {duration}s", stream: process.stderr }, Presets.shades_classic);
  bar.start(bundle.sources.length + bundle.events.length + bundle.targets.length, 0);
  try {
    const report = await runImport(bundle, writer, { dryRun: values["dry-run"], onProgress: (done) => bar.update(done) });
    bar.stop();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`${report.dryRun ? "Dry run (nothing written)" : "Imported"} in ${seconds} s:`);
    for (const kind of ["sources", "events", "targets"] as const) {
      console.log(`  ${kind}: ${report.created[kind]} created, ${report.updated[kind]} updated, ${report.unchanged[kind]} unchanged`);
    }
  } catch (error) {
    bar.stop();
    if (error instanceof WriteRejectedError) {
      console.error(`Nothing was written: ${error.message}`);
      for (const issue of explain(error.issues).slice(0, 50)) console.error(`  ${issue.path}: ${issue.message}`);
      process.exit(1);
    }
    throw error;
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
