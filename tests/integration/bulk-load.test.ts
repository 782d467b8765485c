import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bulkLoadCorpus, DatabaseNotEmptyError } from "@/lib/data/bulk-load";
import { listEvents } from "@/lib/data/events";
import { overlaps } from "@/lib/dates/partial-date";
import { generateSyntheticCorpus } from "@/lib/synthetic/generate";
import { emptyFilters, filterRange, type EventFilters } from "@/lib/url/filters";
import { seedInputSchema, type EventInput } from "@/lib/validation/seed";
import { createTestDatabase } from "./test-database";

const COUNT = 2000;
const { seed, texts } = (() => {
  const corpus = generateSyntheticCorpus({ count: COUNT, seed: 7 });
  return { seed: seedInputSchema.parse(corpus.seed), texts: corpus.texts };
})();

/** The order listEvents promises: start, end, then slug. */
const inTimeOrder = (events: EventInput[]) =>
  [...events]
    .sort((x, y) =>
      x.date.start !== y.date.start ? (x.date.start < y.date.start ? -1 : 1)
        : x.date.end !== y.date.end ? (x.date.end < y.date.end ? -1 : 1)
          : x.slug < y.slug ? -1 : 1,
    )
    .map((e) => e.slug);

describe("bulk loading a synthetic corpus into a real SQLite file", () => {
  let database: ReturnType<typeof createTestDatabase>;
  let summary: Awaited<ReturnType<typeof bulkLoadCorpus>>;
  const list = async (filters: Partial<EventFilters>) => listEvents({ ...emptyFilters(), ...filters }, database.client);

  async function counts() {
    const { client } = database;
    const links = async (table: string) =>
      Number((await client.$queryRawUnsafe<{ n: bigint | number }[]>(`SELECT COUNT(*) AS n FROM "${table}"`))[0].n);
    return {
      events: await client.event.count(),
      citations: await client.citation.count(),
      sources: await client.source.count(),
      countries: await client.country.count(),
      topics: await client.topic.count(),
      actors: await client.actor.count(),
      aliases: await client.actorAlias.count(),
      targets: await client.target.count(),
      revisions: await client.targetRevision.count(),
      countryLinks: await links("_CountryToEvent"),
      topicLinks: await links("_EventToTopic"),
      actorLinks: await links("_ActorToEvent"),
    };
  }

  beforeAll(async () => {
    database = createTestDatabase();
    summary = await bulkLoadCorpus(database.client, seed, texts);
  });
  afterAll(async () => {
    await database.dispose();
  });

  it("stores every row of the corpus and reports the counts", async () => {
    const stored = await counts();
    const expected = {
      events: COUNT,
      citations: seed.events.reduce((n, e) => n + e.citations.length, 0),
      sources: seed.sources.length,
      countries: seed.countries.length,
      topics: seed.topics.length,
      actors: seed.actors.length,
      aliases: seed.actors.reduce((n, a) => n + a.aliases.length, 0),
      targets: seed.targets.length,
      revisions: seed.targets.reduce((n, t) => n + t.revisions.length, 0),
      countryLinks: seed.events.reduce((n, e) => n + e.countries.length, 0),
      topicLinks: seed.events.reduce((n, e) => n + e.topics.length, 0),
      actorLinks: seed.events.reduce((n, e) => n + e.actors.length, 0),
    };
    expect(stored).toEqual(expected);
    expect(summary).toEqual(expected);
  });

  it("lists the same events as filtering the input in memory, by country", async () => {
    for (const country of [["KP"], ["AU", "PH"]]) {
      const { events, total } = await list({ country });
      const expected = inTimeOrder(seed.events.filter((e) => e.countries.some((c) => country.includes(c))));
      expect(expected.length).toBeGreaterThan(0);
      expect(total).toBe(expected.length);
      expect(events.map((e) => e.slug)).toEqual(expected);
    }
  });

  it("lists the same events as filtering the input in memory, by date range", async () => {
    for (const filters of [{ from: "2021", to: "2022-06" }, { from: "2030-03-15" }, { to: "2003" }]) {
      const { events } = await list(filters);
      const range = filterRange({ ...emptyFilters(), ...filters });
      const expected = inTimeOrder(seed.events.filter((e) => overlaps(e.date, range)));
      expect(expected.length).toBeGreaterThan(0);
      expect(events.map((e) => e.slug)).toEqual(expected);
    }
  });

  it("keeps each event's links, dates and citations as generated", async () => {
    const { events } = await list({ country: ["JP"], from: "2025", to: "2026" });
    const input = new Map(seed.events.map((e) => [e.slug, e]));
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      const e = input.get(event.slug)!;
      expect(event.countries.map((c) => c.code)).toEqual([...e.countries].sort());
      expect(new Set(event.topics.map((t) => t.slug))).toEqual(new Set(e.topics));
      expect(new Set(event.actors.map((a) => a.slug))).toEqual(new Set(e.actors));
      expect(event.date).toMatchObject({ start: e.date.start, end: e.date.end, precision: e.date.precision, label: e.date.label });
      expect(event.date.announced).toBe(e.announcedDate);
      expect(event.citations.map((c) => [c.quote, c.source.slug, c.supports])).toEqual(e.citations.map((c) => [c.quote, c.source, c.supports]));
    }
  });

  it("stores each citation at the offsets of its quote in the source text", async () => {
    const { client } = database;
    const sources = new Map((await client.source.findMany({ select: { id: true, slug: true, text: true } })).map((s) => [s.id, s]));
    for (const s of sources.values()) expect(s.text).toBe(texts.get(s.slug));
    const total = await client.citation.count();
    const step = Math.floor(total / 300);
    const sample = await client.citation.findMany({ where: { id: { in: Array.from({ length: 300 }, (_, i) => 1 + i * step) } } });
    expect(sample.length).toBeGreaterThan(250);
    for (const c of sample) expect(sources.get(c.sourceId)!.text.slice(c.start, c.end)).toBe(c.quote);
  });

  it("chains each target's commitments oldest first", async () => {
    const targets = await database.client.target.findMany({ include: { revisions: { orderBy: { position: "asc" } } } });
    expect(targets).toHaveLength(seed.targets.length);
    for (const t of targets) {
      const commitments = t.revisions.filter((r) => r.kind === "commitment");
      commitments.forEach((r, i) => expect(r.supersedesId).toBe(i === 0 ? null : commitments[i - 1].id));
      for (const r of t.revisions.filter((r) => r.kind === "proposal")) expect(r.supersedesId).toBeNull();
    }
  });

  it("refuses a database that already has events, and leaves it unchanged", async () => {
    const before = await counts();
    const other = generateSyntheticCorpus({ count: 50, seed: 8 });
    await expect(bulkLoadCorpus(database.client, seedInputSchema.parse(other.seed), other.texts)).rejects.toThrow(DatabaseNotEmptyError);
    await expect(bulkLoadCorpus(database.client, seed, texts)).rejects.toThrow(/already has 2000 event/);
    expect(await counts()).toEqual(before);
  });
});

describe("bulk loading is all or nothing", () => {
  it("rolls back every row when a late step fails", async () => {
    const database = createTestDatabase();
    try {
      const corpus = generateSyntheticCorpus({ count: 300, seed: 9 });
      const broken = { ...corpus.seed, targets: [{ ...corpus.seed.targets[0], revisions: [{ ...corpus.seed.targets[0].revisions[0], announcedBy: "no-such-event" }] }] };
      await expect(bulkLoadCorpus(database.client, broken, corpus.texts)).rejects.toThrow(/unknown event "no-such-event"/);
      expect(await database.client.event.count()).toBe(0);
      expect(await database.client.source.count()).toBe(0);
      expect(await database.client.country.count()).toBe(0);
      // The failed load left nothing behind, so a correct one now succeeds.
      expect((await bulkLoadCorpus(database.client, corpus.seed, corpus.texts)).events).toBe(300);
    } finally {
      await database.dispose();
    }
  });

  it("checks every quote before writing anything", async () => {
    const database = createTestDatabase();
    try {
      const corpus = generateSyntheticCorpus({ count: 20, seed: 10 });
      const texts = new Map(corpus.texts);
      const [slug, text] = [...texts][0];
      texts.set(slug, text.replace(/\[SW-\d+\.1\]/, "[removed]"));
      await expect(bulkLoadCorpus(database.client, corpus.seed, texts)).rejects.toThrow(/quote not found verbatim/);
      expect(await database.client.event.count()).toBe(0);
    } finally {
      await database.dispose();
    }
  });
});
