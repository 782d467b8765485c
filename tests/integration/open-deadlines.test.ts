import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "@/lib/data/client";
import { loadSeed } from "@/lib/data/seed";
import { listOpenDeadlines } from "@/lib/data/timeline";
import { emptyFilters } from "@/lib/url/filters";
import { readCorpus } from "@/prisma/seed";
import { createTestDatabase } from "./test-database";

const DOCUMENTS = "japan-revises-three-security-documents-by-end-2026";
const FY2025 = "japan-2-percent-target-fy2025-deadline";

describe("open deadlines", () => {
  let database: ReturnType<typeof createTestDatabase>;
  beforeAll(async () => {
    database = createTestDatabase();
    const { seed, texts } = readCorpus();
    await loadSeed(database.client, seed, texts);
  });
  afterAll(async () => {
    await database.dispose();
  });

  it("lists the due deadlines soonest first, filtered like the page", async () => {
    const open = await listOpenDeadlines(emptyFilters(), database.client);
    expect(open.map((e) => e.slug)).toEqual([FY2025, DOCUMENTS]);
    const filtered = await listOpenDeadlines({ ...emptyFilters(), topic: ["security-documents"] }, database.client);
    expect(filtered.map((e) => e.slug)).toEqual([DOCUMENTS]);
  });

  it("is read once per data version, and afresh after another connection commits", async () => {
    const first = await listOpenDeadlines(emptyFilters(), database.client);
    expect(await listOpenDeadlines(emptyFilters(), database.client)).toBe(first);

    const other = createClient({ ...process.env, DATABASE_URL: database.url });
    await other.event.update({ where: { slug: DOCUMENTS }, data: { status: "met" } });
    await other.$disconnect();

    const after = await listOpenDeadlines(emptyFilters(), database.client);
    expect(after.map((e) => e.slug)).toEqual([FY2025]);
  });
});
