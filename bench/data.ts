// The synthetic databases the bench runs on, and the one export of their events that vis-timeline and
// the canvas floor load: read through the app's own listTimelineItems, so all three draw the same events.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { createClient } from "@/lib/data/client";
import { listTimelineItems } from "@/lib/data/timeline";
import type { PackedItem } from "@/lib/timeline/items";
import { parsePageState } from "@/lib/url/page-state";
import { ROOT, SEED } from "./config";

export const dbFileFor = (size: number) => path.join(ROOT, "data", `synthetic-${size}.db`);

/** Rows in the Event table, or null when the file is missing or not a migrated database. */
function eventCount(file: string): number | null {
  if (!existsSync(file)) return null;
  try {
    const sqlite = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return (sqlite.prepare('SELECT COUNT(*) AS n FROM "Event"').get() as { n: number }).n;
    } finally {
      sqlite.close();
    }
  } catch {
    return null;
  }
}

/** data/synthetic-<size>.db with exactly `size` events; made with scripts/load-synthetic.ts (seed 42) when missing or wrong. */
export function ensureSyntheticDb(size: number): string {
  const file = dbFileFor(size);
  const count = eventCount(file);
  if (count === size) {
    console.log(`  ${path.relative(ROOT, file)}: ${size.toLocaleString("en-US")} events, reused`);
    return file;
  }
  console.log(`  ${path.relative(ROOT, file)}: ${count === null ? "missing" : `has ${count} events`}; generating (seed ${SEED})…`);
  const result = spawnSync(
    path.join(ROOT, "node_modules", ".bin", "tsx"),
    ["scripts/load-synthetic.ts", "--count", String(size), "--seed", String(SEED), "--database", file],
    { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8", timeout: 15 * 60_000 },
  );
  if (result.status !== 0) throw new Error(`load-synthetic for ${size} failed (${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`);
  if (eventCount(file) !== size) throw new Error(`${file} does not have ${size} events after loading`);
  return file;
}

export interface ContenderData {
  /** The very tuples the home page sends to the browser, in its order. */
  items: PackedItem[];
  /** Countries that are some item's first country, most items first, as vis-timeline groups. */
  groups: { id: string; content: string }[];
}

/** The events `/` shows with no filters, read once through lib/data/timeline.ts, written as JSON for the static pages. */
export async function exportContenderData(dbFile: string, outFile: string): Promise<{ count: number; groups: number; bytes: number }> {
  const client = createClient({ ...process.env, DATABASE_URL: `file:${dbFile}` });
  try {
    const { filters } = parsePageState(new URLSearchParams()).state;
    const items = await listTimelineItems(filters, client);
    const countries = await client.country.findMany({ select: { code: true, name: true } });
    const names = new Map(countries.map((c) => [c.code, c.name]));
    const perGroup = new Map<string, number>();
    for (const item of items) {
      const first = firstCountry(item);
      perGroup.set(first, (perGroup.get(first) ?? 0) + 1);
    }
    const groups = [...perGroup.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([id]) => ({ id, content: names.get(id) ?? (id === NO_COUNTRY ? "No country" : id) }));
    const json = JSON.stringify({ items, groups } satisfies ContenderData);
    mkdirSync(path.dirname(outFile), { recursive: true });
    writeFileSync(outFile, json);
    return { count: items.length, groups: groups.length, bytes: Buffer.byteLength(json) };
  } finally {
    await client.$disconnect();
  }
}

/** Must match firstCountry in bench/pages/common.js. */
const NO_COUNTRY = "~none";
function firstCountry(item: PackedItem): string {
  return item[8] ? item[8].split(",")[0] : NO_COUNTRY;
}
