// Builds a separate database full of synthetic events, for load and performance testing:
//   tsx scripts/load-synthetic.ts --count 50000 [--seed 42] [--database data/synthetic-50000.db]
//   tsx scripts/load-synthetic.ts --count 100000 --database postgresql://user:pw@host/synthetic
// It is recreated from scratch (a SQLite file deleted; a PostgreSQL database's public schema dropped),
// migrated with the committed migrations, then bulk loaded.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { z } from "zod";
import { bulkLoadCorpus } from "@/lib/data/bulk-load";
import { createClient } from "@/lib/data/client";
import { generateSyntheticCorpus } from "@/lib/synthetic/generate";
import { seedInputSchema } from "@/lib/validation/seed";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const MAX_COUNT = 500_000;
const USAGE = "usage: tsx scripts/load-synthetic.ts --count <1..500000> [--seed <integer>] [--database <file.db | postgresql://…>]";

const integer = (name: string) =>
  z
    .string({ error: `--${name} needs a value` })
    .trim()
    .regex(/^-?\d+$/, `--${name} must be a whole number`)
    .transform(Number)
    .refine(Number.isSafeInteger, `--${name} is too large`);

const argsSchema = z.object({
  count: integer("count").pipe(
    z.number().int().min(1, "--count must be at least 1").max(MAX_COUNT, `--count must be at most ${MAX_COUNT.toLocaleString("en-US")}`),
  ),
  seed: integer("seed").default(42),
  database: z.string().trim().min(1, "--database must not be empty").optional(),
});

function readArguments(argv: string[]): z.infer<typeof argsSchema> {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { count: { type: "string" }, seed: { type: "string" }, database: { type: "string" } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return fail([error instanceof Error ? error.message : String(error)]);
  }
  if (values.count === undefined) return fail(["--count is required"]);
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) return fail(parsed.error.issues.map((issue) => issue.message));
  return parsed.data;
}

function fail(messages: string[]): never {
  for (const message of messages) console.error(`✗ ${message}`);
  console.error(USAGE);
  process.exit(2);
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(2)} s`;

async function main() {
  const args = readArguments(process.argv.slice(2));
  const started = performance.now();
  const postgres = args.database && /^postgres(ql)?:\/\//.test(args.database) ? args.database : null;
  const file = postgres ? null : args.database ? path.resolve(args.database) : path.join(root, "data", `synthetic-${args.count}.db`);
  const url = postgres ?? `file:${file}`;
  const env = { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" };
  let step = performance.now();
  if (postgres) {
    if (postgres === process.env.DATABASE_URL?.trim()) fail(["refusing to empty the app's own database (DATABASE_URL); give another --database"]);
    execFileSync("psql", [postgres, "-v", "ON_ERROR_STOP=1", "-q", "-c", "DROP SCHEMA public CASCADE; CREATE SCHEMA public;"], { stdio: "pipe" });
    execFileSync(process.execPath, [path.join(root, "scripts", "migrate-postgres.mjs")], { cwd: root, env, stdio: "pipe" });
    console.log(`Emptied and migrated ${new URL(postgres).pathname.slice(1)} on ${new URL(postgres).host} in ${seconds(step)}`);
  } else {
    if (file === path.join(root, "data", "policy-timeline.db")) fail([`refusing to overwrite the app's own database ${file}; choose another --database`]);
    for (const suffix of ["", "-journal", "-wal", "-shm"]) {
      if (!existsSync(file + suffix)) continue;
      if (suffix === "") console.log(`Deleting the existing database ${file}`);
      rmSync(file + suffix, { force: true });
    }
    mkdirSync(path.dirname(file!), { recursive: true });
    execFileSync(path.join(root, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], { cwd: root, env, stdio: "pipe" });
    console.log(`Applied the migrations to ${file} in ${seconds(step)}`);
  }

  step = performance.now();
  const corpus = generateSyntheticCorpus({ count: args.count, seed: args.seed });
  console.log(`Generated ${args.count.toLocaleString("en-US")} events (seed ${args.seed}) in ${seconds(step)}`);

  step = performance.now();
  const seed = seedInputSchema.parse(corpus.seed);
  console.log(`Validated the corpus in ${seconds(step)}`);

  step = performance.now();
  const client = createClient(env);
  try {
    const summary = await bulkLoadCorpus(client, seed, corpus.texts);
    console.log(`Loaded in ${seconds(step)}:`);
    for (const [name, n] of Object.entries(summary)) console.log(`  ${name.padEnd(13)} ${n.toLocaleString("en-US").padStart(9)}`);
  } finally {
    await client.$disconnect();
  }

  console.log(`Done in ${seconds(started)}${file ? `; ${file} is ${(statSync(file).size / 1024 / 1024).toFixed(1)} MiB` : ""}.`);
  console.log(`Serve it with:\n  DATABASE_URL=${url} npm start`);
}

main().catch((error: unknown) => {
  if (error && typeof error === "object" && "stderr" in error && error.stderr) console.error(String(error.stderr));
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
