import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSeed } from "@/lib/data/seed";
import { readCorpus } from "@/prisma/seed";
import { createTestDatabase } from "./test-database";

describe("migrations and seed on a real SQLite file", () => {
  let database: ReturnType<typeof createTestDatabase>;
  beforeAll(() => {
    database = createTestDatabase();
  });
  afterAll(async () => {
    await database.dispose();
  });

  async function snapshot() {
    const { client } = database;
    return {
      events: await client.event.findMany({ orderBy: { id: "asc" }, include: { countries: true, topics: true, actors: true } }),
      citations: await client.citation.findMany({ orderBy: { id: "asc" } }),
      sources: await client.source.findMany({ orderBy: { id: "asc" } }),
      aliases: await client.actorAlias.findMany({ orderBy: { id: "asc" } }),
      revisions: await client.targetRevision.findMany({ orderBy: { id: "asc" } }),
    };
  }

  it("applies the migrations to an empty file", async () => {
    expect(await database.client.event.count()).toBe(0);
  });

  it("loads the corpus, and loading it again changes nothing", async () => {
    const { seed, texts } = readCorpus();
    const first = await loadSeed(database.client, seed, texts);
    expect(first.events).toBe(seed.events.length);
    const before = await snapshot();
    await loadSeed(database.client, seed, texts);
    expect(await snapshot()).toEqual(before);
  });

  it("stores the source text exactly as the file has it", async () => {
    const { seed, texts } = readCorpus();
    for (const s of seed.sources) {
      const row = await database.client.source.findUniqueOrThrow({ where: { slug: s.slug } });
      expect(row.text).toBe(texts.get(s.slug));
    }
  });

  it("gives every event a citation whose quote is the source text at its offsets", async () => {
    const events = await database.client.event.findMany({ include: { citations: { include: { source: true } } } });
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      expect(event.citations.length, event.slug).toBeGreaterThan(0);
      for (const c of event.citations) expect(c.source.text.slice(c.start, c.end)).toBe(c.quote);
    }
  });

  it("chains the 2% target's commitments oldest first, and leaves the U.S. proposal outside the chain", async () => {
    const target = await database.client.target.findUniqueOrThrow({
      where: { slug: "japan-defense-spending-2-percent-gdp" },
      include: { revisions: { orderBy: { position: "asc" }, include: { announcedBy: true } } },
    });
    const [fy2027, fy2025, proposal] = target.revisions;
    expect(fy2027).toMatchObject({ kind: "commitment", deadlineLabel: "FY2027", deadlineStart: "2027-04-01", status: "superseded", supersedesId: null });
    expect(fy2025).toMatchObject({ kind: "commitment", deadlineLabel: "FY2025", deadlineEnd: "2026-03-31", supersedesId: fy2027.id });
    expect(proposal).toMatchObject({ kind: "proposal", proposedBy: "us-government", value: 3.5, supersedesId: null });
    expect(fy2025.announcedBy.slug).toBe("japan-moves-2-percent-target-to-fy2025");
  });

  it("rolls back everything when one quote is not in its source", async () => {
    const { seed, texts } = readCorpus();
    const broken = structuredClone(seed);
    broken.events[0].title = "Changed title that must not be written";
    broken.events.at(-1)!.citations[0].quote = "a sentence the article never printed";
    await expect(loadSeed(database.client, broken, texts)).rejects.toThrow(/not found verbatim/);
    const row = await database.client.event.findUniqueOrThrow({ where: { slug: seed.events[0].slug } });
    expect(row.title).toBe(seed.events[0].title);
  });

  it("rolls back a load that fails half-way through the transaction", async () => {
    const { seed, texts } = readCorpus();
    const broken = structuredClone(seed);
    broken.events[0].title = "Changed title that must not be written";
    broken.targets[0].revisions[0].announcedBy = "no-such-event";
    await expect(loadSeed(database.client, broken, texts)).rejects.toThrow();
    const row = await database.client.event.findUniqueOrThrow({ where: { slug: seed.events[0].slug } });
    expect(row.title).toBe(seed.events[0].title);
  });
});
