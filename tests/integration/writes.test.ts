import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { eventAtVersion, eventHistory } from "@/lib/data/audit-log";
import { ConflictError, AlreadyExistsError, WriteRejectedError } from "@/lib/data/errors";
import { getEvent, getVocabulary, listEvents, resolveEventSlug } from "@/lib/data/events";
import { listTargets } from "@/lib/data/targets";
import { countEvents } from "@/lib/data/timeline";
import { parseImportBundle, removeEvent, runImport, writeEvent, writeSource, type Writer } from "@/lib/data/write";
import { emptyFilters } from "@/lib/url/filters";
import { eventWriteSchema, sourceWriteSchema } from "@/lib/validation/write";
import { eventWriteFixture, SEED_QUOTE as QUOTE, SEED_SOURCE as SOURCE } from "./event-write-fixture";
import { useSeededDatabase } from "./test-database";

const MEETING = "japan-us-defense-ministers-meeting-2025-10-29";
const editor: Writer = { userId: null, name: "Test Editor" };

const newEvent = eventWriteFixture;

async function rejection(promise: Promise<unknown>): Promise<WriteRejectedError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(WriteRejectedError);
  return error as WriteRejectedError;
}

describe("the one write path on a real database", () => {
  const database = useSeededDatabase();
  const count = () => database.client.event.count();

  it("starts every seeded event's history with a create by the seed", async () => {
    const history = await eventHistory(MEETING, database.client);
    expect(history[0]).toMatchObject({ version: 1, action: "create", actor: { name: "seed" } });
    expect(history[0].changes.find((c) => c.field === "title")).toMatchObject({ before: null });
  });

  it("creates an event, computes the quote's offsets, and audits the write in the same transaction", async () => {
    await writeEvent(newEvent(), editor, { mode: "create" }, database.client);
    const event = await getEvent("test-event", database.client);
    const text = (await database.client.source.findUniqueOrThrow({ where: { slug: SOURCE } })).text;
    expect(text.slice(event.citations[0].start, event.citations[0].end)).toBe(QUOTE);
    const history = await eventHistory("test-event", database.client);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ action: "create", actor: { name: "Test Editor" } });
    await expect(writeEvent(newEvent(), editor, { mode: "create" }, database.client)).rejects.toBeInstanceOf(AlreadyExistsError);
  });

  it("refuses a quote that is not verbatim in its source, naming the citation, and writes nothing", async () => {
    const before = await count();
    const error = await rejection(writeEvent(newEvent({ slug: "bad-quote", citations: [{ source: SOURCE, quote: "Koizumi said nothing of the sort" }] }), editor, { mode: "create" }, database.client));
    expect(error.issues[0].path).toBe("event.citations[0].quote");
    expect(error.issues[0].message).toMatch(/citation 1: quote not found verbatim/);
    expect(await count()).toBe(before);
  });

  it("refuses offsets that do not hold the quote", async () => {
    const error = await rejection(writeEvent(newEvent({ slug: "bad-offsets", citations: [{ source: SOURCE, quote: QUOTE, start: 3, end: 3 + QUOTE.length }] }), editor, { mode: "create" }, database.client));
    expect(error.issues[0].message).toMatch(/citation 1: the quote is not the text/);
  });

  it("validates dates, precision and URLs with the seed's schemas", () => {
    const dateIssues = eventWriteSchema.safeParse({ ...newEvent(), date: { start: "2025-02-30", end: "2025-02-30", precision: "day", label: "x" } });
    expect(dateIssues.success).toBe(false);
    const reversed = eventWriteSchema.safeParse({ ...newEvent(), date: { start: "2025-10-30", end: "2025-10-29", precision: "approximate", label: "x" } });
    expect(reversed.error?.issues[0].message).toMatch(/after end/);
    const month = eventWriteSchema.safeParse({ ...newEvent(), date: { start: "2025-10-01", end: "2025-10-30", precision: "month", label: "October 2025" } });
    expect(month.error?.issues[0].message).toMatch(/not one whole month/);
    for (const url of ["javascript:alert(1)", "data:text/html,hi", "ftp://example.org/x"]) {
      const source = sourceWriteSchema.safeParse({ slug: "s", title: "t", publisher: "p", publishedAt: "2025-10-28", text: "x", url });
      expect(source.error?.issues[0].message, url).toMatch(/only http and https/);
    }
  });

  it("answers a save over a newer version with a conflict and overwrites nothing", async () => {
    const loaded = 1;
    await writeEvent(newEvent({ title: "First editor's title", version: loaded }), editor, { mode: "update" }, database.client);
    const stale = writeEvent(newEvent({ title: "Second editor's title", version: loaded }), editor, { mode: "update" }, database.client);
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toThrow(/changed by someone else.*version 1.*version 2/);
    expect((await getEvent("test-event", database.client)).title).toBe("First editor's title");
  });

  it("shows a write to the cached reads at once", async () => {
    const before = await countEvents(emptyFilters(), database.client);
    await writeEvent(newEvent({ slug: "cache-check" }), editor, { mode: "create" }, database.client);
    expect(await countEvents(emptyFilters(), database.client)).toBe(before + 1);
  });

  it("keeps a renamed slug as a redirect, and keeps the history across the rename", async () => {
    await writeEvent(newEvent({ slug: "test-event-renamed", title: "First editor's title" }), editor, { mode: "update", currentSlug: "test-event" }, database.client);
    expect(await resolveEventSlug("test-event", database.client)).toEqual({ kind: "moved", slug: "test-event-renamed" });
    const history = await eventHistory("test-event-renamed", database.client);
    expect(history.map((h) => h.action)).toEqual(["create", "update", "update"]);
    expect(history[2].changes).toEqual([{ field: "slug", before: "test-event", after: "test-event-renamed" }]);
    const first = await eventAtVersion("test-event-renamed", 1, database.client);
    expect(first.snapshot).toMatchObject({ slug: "test-event", title: "A test event" });
  });

  it("deletes softly: the event leaves every list and its slug resolves as deleted", async () => {
    await removeEvent("test-event-renamed", editor, 3, database.client);
    const { events } = await listEvents(emptyFilters(), database.client);
    expect(events.map((e) => e.slug)).not.toContain("test-event-renamed");
    expect(await resolveEventSlug("test-event-renamed", database.client)).toMatchObject({ kind: "deleted" });
    expect((await eventHistory("test-event-renamed", database.client)).at(-1)).toMatchObject({ action: "delete" });
  });

  it("refuses to delete an event that announced a target revision", async () => {
    await expect(removeEvent("japan-moves-2-percent-target-to-fy2025", editor, undefined, database.client)).rejects.toThrow(/announced revision 2 of target/);
  });

  it("refuses a new source text that no longer holds the quotes citing it", async () => {
    const row = await database.client.source.findUniqueOrThrow({ where: { slug: SOURCE } });
    const input = sourceWriteSchema.parse({ ...row, author: row.author ?? undefined, text: `Preface. ${row.text}` });
    const error = await rejection(writeSource(input, editor, "update", database.client));
    expect(error.issues[0].message).toMatch(/no longer holds the quote/);
  });
});

describe("import: validated, all or nothing", () => {
  const database = useSeededDatabase();

  const many = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ ...newEvent({ slug: `imported-${i}` }), title: `Imported ${i}` }));

  it("rolls back every row when one of 600 is invalid, and names the bad row's path", async () => {
    const events = many(600) as unknown as Record<string, unknown>[];
    events[517] = { ...events[517], date: { start: "2025-13-01", end: "2025-13-01", precision: "day", label: "x" } };
    let error: unknown;
    try {
      parseImportBundle({ events });
    } catch (e) {
      error = e;
    }
    expect((error as WriteRejectedError).issues.some((i) => i.path.startsWith("events[517].date.start"))).toBe(true);

    const valid = many(600);
    valid[517] = { ...valid[517], citations: [{ source: SOURCE, quote: "words that are not there", supports: "event" }] };
    const before = await database.client.event.count();
    const rejected = await rejection(runImport(parseImportBundle({ events: valid }), editor, {}, database.client));
    expect(rejected.issues).toEqual([expect.objectContaining({ path: "events[517].citations[0].quote" })]);
    expect(await database.client.event.count()).toBe(before);
    expect(await database.client.auditEntry.count({ where: { actorName: "Test Editor" } })).toBe(0);
  });

  it("reports a dry run exactly, writes nothing, then imports for real", async () => {
    const bundle = parseImportBundle({ events: many(3) });
    const before = await database.client.event.count();
    const dry = await runImport(bundle, editor, { dryRun: true }, database.client);
    expect(dry).toMatchObject({ dryRun: true, created: { events: 3 }, updated: { events: 0 } });
    expect(await database.client.event.count()).toBe(before);
    const real = await runImport(bundle, editor, {}, database.client);
    expect(real.created.events).toBe(3);
    expect(await database.client.event.count()).toBe(before + 3);
  });

  it("round-trips: importing the JSON export with its sources and the targets changes nothing", async () => {
    const { events } = await listEvents(emptyFilters(), database.client);
    const sources = await database.client.source.findMany();
    const targets = await listTargets(null, database.client);
    const exported = JSON.parse(JSON.stringify({ sources, events, targets }));
    const report = await runImport(parseImportBundle(exported), editor, {}, database.client);
    expect(report.updated).toEqual({ sources: 0, events: 0, targets: 0 });
    expect(report.unchanged).toEqual({ sources: sources.length, events: events.length, targets: targets.length });
  });

  it("re-dates what as-of views show when an import brings a new announced date", async () => {
    const { events } = await listEvents(emptyFilters(), database.client);
    const event = events.find((e) => e.slug === "imported-0")!;
    const asOf = { ...emptyFilters(), asOf: "2025-06-01" };
    expect((await listEvents(asOf, database.client)).events.map((e) => e.slug)).toContain("imported-0");
    const report = await runImport(parseImportBundle({ events: [{ ...event, date: { ...event.date, announced: "2025-10-29" } }] }), editor, {}, database.client);
    expect(report.updated.events).toBe(1);
    expect((await listEvents(asOf, database.client)).events.map((e) => e.slug)).not.toContain("imported-0");
  });

  it("imports the README's example file, and importing it again changes nothing", async () => {
    const example = JSON.parse(readFileSync("docs/import-example.json", "utf8"));
    expect((await runImport(parseImportBundle(example), editor, {}, database.client)).created).toEqual({ sources: 1, events: 1, targets: 0 });
    expect((await runImport(parseImportBundle(example), editor, {}, database.client)).unchanged).toEqual({ sources: 1, events: 1, targets: 0 });
  });

  it("creates topics and actors not yet known from the objects given, and refuses bare unknown slugs", async () => {
    const withNew = newEvent({ slug: "with-new-refs", topics: [{ slug: "new-topic", name: "New topic" }], actors: [{ slug: "new-person", name: "New Person", aliases: ["N. Person"] }] });
    await runImport(parseImportBundle({ events: [withNew] }), editor, {}, database.client);
    expect(await database.client.actorAlias.count({ where: { alias: "N. Person" } })).toBe(1);
    const bare = newEvent({ slug: "bare-ref", topics: ["nowhere-topic"] });
    const error = await rejection(runImport(parseImportBundle({ events: [bare] }), editor, {}, database.client));
    expect(error.issues[0]).toMatchObject({ path: "events[0].topics[0]" });
  });

  it("counts only live events in the filters' vocabulary", async () => {
    const japan = async () => (await getVocabulary(database.client)).countries.find((c) => c.code === "JP")?.count;
    const before = await japan();
    await writeEvent(newEvent({ slug: "counted-then-removed" }), editor, { mode: "create" }, database.client);
    expect(await japan()).toBe(before! + 1);
    await removeEvent("counted-then-removed", editor, undefined, database.client);
    expect(await japan()).toBe(before);
  });
});
