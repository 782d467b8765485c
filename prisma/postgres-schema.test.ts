import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without type declarations
import { postgresSchema } from "../scripts/postgres-schema.mjs";

describe("the PostgreSQL schema", () => {
  it("is the SQLite schema with only its provider and output changed (run `npm run db:schemas` after editing schema.prisma)", () => {
    const sqlite = readFileSync("prisma/schema.prisma", "utf8");
    expect(readFileSync("prisma/postgres/schema.prisma", "utf8")).toBe(postgresSchema(sqlite));
    expect(postgresSchema(sqlite)).toMatch(/provider = "postgresql"/);
  });

  it("has migrations creating every model's table", () => {
    const sqlite = readFileSync("prisma/schema.prisma", "utf8");
    const tables = [...sqlite.matchAll(/^model (\w+) \{[\s\S]*?^\}/gm)].map((m) => m[0].match(/@@map\("(\w+)"\)/)?.[1] ?? m[1]);
    const folder = "prisma/postgres/migrations";
    const all = readdirSync(folder).filter((d) => !d.includes(".")).map((d) => readFileSync(`${folder}/${d}/migration.sql`, "utf8")).join("\n");
    for (const table of tables) expect(all, table).toContain(`CREATE TABLE "${table}"`);
  });
});
