// Writes prisma/postgres/schema.prisma from prisma/schema.prisma: Prisma takes one provider per schema,
// so the PostgreSQL client is generated from a copy that differs only in its provider and output.
// `npm run db:schemas` rewrites it; a unit test fails when the committed copy is out of step.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

export function postgresSchema(sqlite) {
  const out = sqlite
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('url      = "file:./data/policy-timeline.db"', 'url      = "postgresql://localhost/policy_timeline"')
    .replace('output       = "../generated/prisma"', 'output       = "../../generated/prisma-pg"');
  return `// Generated from ../schema.prisma by scripts/postgres-schema.mjs: edit that file, then run \`npm run db:schemas\`.\n${out}`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const target = path.join(root, "prisma", "postgres", "schema.prisma");
  writeFileSync(target, postgresSchema(readFileSync(path.join(root, "prisma", "schema.prisma"), "utf8")));
  console.log(`› wrote ${path.relative(root, target)}`);
}
