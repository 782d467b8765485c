import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bulkLoadCorpus } from "@/lib/data/bulk-load";
import { InvalidInputError } from "@/lib/data/errors";
import { IN_LIST_LIMIT } from "@/lib/data/event-where";
import { listEventPage, listEvents, type ListedEvent } from "@/lib/data/events";
import { countEvents, listTimelineItems } from "@/lib/data/timeline";
import { parseImportBundle, removeEvent, runImport, writeEvent, type Writer } from "@/lib/data/write";
import { generateSyntheticCorpus } from "@/lib/synthetic/generate";
import { decodeCursor, encodeCursor } from "@/lib/url/page-cursor";
import { emptyFilters, type EventFilters } from "@/lib/url/filters";
import { seedInputSchema } from "@/lib/validation/seed";
import { eventWriteFixture } from "./event-write-fixture";
import { createTestDatabase, useSeededDatabase } from "./test-database";

const MEETING = "japan-us-defense-ministers-meeting-2025-10-29";
const editor: Writer = { userId: null, name: "Search Tester" };

const matched = (e: ListedEvent) => (e.snippet ?? []).filter((p) => p.match).map((p) => p.text.toLowerCase());
const searchable = (e: ListedEvent) =>
  [e.title, e.summary, ...e.citations.map((c) => c.quote), ...e.actors.flatMap((a) => [a.name, ...a.aliases]), ...e.countries.map((c) => c.name), ...e.topics.map((t) => t.name)].join(" ");

const newEvent = (overrides: Record<string, unknown> = {}) =>
  eventWriteFixture({ slug: "search-test-event", title: "Quixotic procurement review announced", summary: "Written by the search tests.", ...overrides });

describe("full-text search on the seed", () => {
  const database = useSeededDatabase();
  const search = async (q: string, filters: Partial<EventFilters> = {}) => listEventPage({ ...emptyFilters(), ...filters, q }, { limit: 1000 }, database.client);
  const slugs = async (q: string, filters: Partial<EventFilters> = {}) => (await search(q, filters)).events.map((e) => e.slug);

  it("finds word forms: spend finds spending, and marks the word in the snippet", async () => {
    const { events, total } = await search("spend");
    expect(total).toBeGreaterThan(0);
    for (const event of events) {
      expect(searchable(event)).toMatch(/spend/i);
      expect(matched(event).some((w) => w.startsWith("spend"))).toBe(true);
    }
    expect(events.some((e) => /spending/i.test(searchable(e)))).toBe(true);
  });

  it("folds diacritics both ways and still finds the article's misspellings through aliases", async () => {
    const hegseth = await slugs("Hegseth");
    expect(hegseth).toContain(MEETING);
    const sorted = async (q: string) => (await slugs(q)).sort();
    expect(await sorted("Hergesz")).toEqual(await sorted("Hergész"));
    expect(await sorted("Hergesz")).toEqual([...hegseth].sort());
    expect(await sorted("Hergses")).toEqual([...hegseth].sort());
  });

  it("matches a prefix while typing", async () => {
    const full = await slugs("Koizumi");
    expect(full.length).toBeGreaterThan(1);
    expect(await slugs("Koiz")).toEqual(full);
    expect(await slugs("koi")).toEqual(expect.arrayContaining(full));
  });

  it("needs every word to match", async () => {
    const both = await slugs("Koizumi AMRAAM");
    expect(both).toEqual([MEETING]);
    expect(await slugs("Koizumi nonexistentword")).toEqual([]);
    expect(await slugs("!!!")).toEqual([]);
  });

  it("ranks a hit in the title above hits in quotes only", async () => {
    const { events } = await search("Koizumi");
    expect(events[0].title).toMatch(/Koizumi/);
    const titleHits = events.filter((e) => /Koizumi/i.test(e.title)).length;
    expect(events.slice(0, titleHits).every((e) => /Koizumi/i.test(e.title))).toBe(true);
  });

  it("combines the search with the other filters, and counts, lists and draws the same events", async () => {
    const all = await slugs("defense");
    const inChina = await slugs("defense", { country: ["CN"] });
    expect(inChina.length).toBeGreaterThan(0);
    expect(inChina.length).toBeLessThan(all.length);
    expect(all).toEqual(expect.arrayContaining(inChina));
    const filters = { ...emptyFilters(), q: "defense", country: ["CN"] };
    expect(await countEvents(filters, database.client)).toBe(inChina.length);
    const listed = (await listEvents(filters, database.client)).events.map((e) => e.slug);
    expect([...listed].sort()).toEqual([...inChina].sort());
    expect((await listTimelineItems(filters, database.client)).length).toBe(inChina.length);
  });

  it("pages hits best first with a cursor of its own, and refuses a time cursor for a search", async () => {
    const all = await slugs("defense");
    const pages: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof search>> = await listEventPage({ ...emptyFilters(), q: "defense" }, { limit: 2, cursor: cursor ? decodeCursor(cursor)! : undefined }, database.client);
      pages.push(...page.events.map((e) => e.slug));
      cursor = page.nextCursor;
    } while (cursor);
    expect(pages).toEqual(all);
    const timeCursor = decodeCursor(encodeCursor({ start: "2025-10-29", end: "2025-10-29", slug: MEETING }))!;
    await expect(listEventPage({ ...emptyFilters(), q: "defense" }, { limit: 2, cursor: timeCursor }, database.client)).rejects.toBeInstanceOf(InvalidInputError);
  });

  it("keeps the index in step with every write: create, edit, alias, import, delete", async () => {
    await writeEvent(newEvent(), editor, { mode: "create" }, database.client);
    expect(await slugs("quixotic")).toEqual(["search-test-event"]);

    await writeEvent(newEvent({ title: "Zanzibari procurement review announced" }), editor, { mode: "update" }, database.client);
    expect(await slugs("quixotic")).toEqual([]);
    expect(await slugs("zanzibari")).toEqual(["search-test-event"]);

    // A new alias reaches every event of that actor, not only the one written.
    const before = await slugs("Koizumi");
    await writeEvent(newEvent({ actors: [{ slug: "shinjiro-koizumi", aliases: ["Xylographer"] }] }), editor, { mode: "update" }, database.client);
    expect((await slugs("xylographer")).sort()).toEqual([...new Set([...before, "search-test-event"])].sort());

    await runImport(parseImportBundle({ events: [newEvent({ slug: "imported-search-event", title: "Imported wombat inventory" })] }), editor, {}, database.client);
    expect(await slugs("wombat")).toEqual(["imported-search-event"]);

    await removeEvent("search-test-event", editor, undefined, database.client);
    expect(await slugs("zanzibari")).toEqual([]);
  });
});

describe("a search matching more events than one query may bind", () => {
  let database: ReturnType<typeof createTestDatabase>;
  const COUNT = IN_LIST_LIMIT * 2 + 300;

  beforeAll(async () => {
    database = createTestDatabase();
    const corpus = generateSyntheticCorpus({ count: COUNT, seed: 11 });
    await bulkLoadCorpus(database.client, seedInputSchema.parse(corpus.seed), corpus.texts);
  }, 120_000);
  afterAll(() => database.dispose());

  it("counts, pages, lists and draws every match", async () => {
    // Every synthetic summary ends "Synthetic record N."
    const filters = { ...emptyFilters(), q: "synthetic record" };
    const total = await database.client.event.count();
    expect(await countEvents(filters, database.client)).toBe(total);
    const page = await listEventPage(filters, { limit: 1000 }, database.client);
    expect(page.total).toBe(total);
    expect(page.events).toHaveLength(1000);
    expect(page.events.every((e) => e.snippet?.some((p) => p.match))).toBe(true);
    const items = await listTimelineItems(filters, database.client);
    expect(items).toHaveLength(total);
    const listed = await listEvents(filters, database.client);
    const starts = listed.events.map((e) => e.date.start);
    expect(starts).toEqual([...starts].sort());
    const country = (await database.client.country.findFirstOrThrow({ select: { code: true } })).code;
    const inCountry = await listEvents({ ...emptyFilters(), country: [country] }, database.client);
    expect(await countEvents({ ...filters, country: [country] }, database.client)).toBe(inCountry.total);
  }, 120_000);
});
