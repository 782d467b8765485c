import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WriteRejectedError } from "@/lib/data/errors";
import { findDuplicates, ingestVocabulary } from "@/lib/data/ingest";
import { getSource } from "@/lib/data/sources";
import { getTarget } from "@/lib/data/targets";
import { publishIngested, type Writer } from "@/lib/data/write";
import { extractCandidates } from "@/lib/ingest/extract";
import { draftOf, publishBody, type SourceMeta } from "@/lib/ingest/review";
import { publishRequestSchema } from "@/lib/validation/ingest";
import { corpus } from "@/prisma/seed-data/corpus";
import { createTestDatabase, useSeededDatabase } from "./test-database";

const text = readFileSync(`prisma/seed-data/sources/${corpus.sources[0].textFile}`, "utf8");
const meta: SourceMeta = { title: corpus.sources[0].title, publisher: "we2news", author: "Stephanie Thomas", url: "", publishedAt: "2025-10-28 23:40", zone: "", language: "en" };
const editor: Writer = { userId: null, name: "Test Editor" };

/** What the review page sends when the editor accepts every candidate: the same pure functions. */
async function analyseAndAccept(client: Parameters<typeof ingestVocabulary>[0]) {
  const vocabulary = await ingestVocabulary(client);
  const candidates = extractCandidates({ text, publishedAt: meta.publishedAt }, vocabulary);
  const duplicates = await findDuplicates(candidates.map((c) => ({ quotes: [c.quote], start: c.date.start, end: c.date.end, actors: c.actors.flatMap((a) => (a.slug ? [a.slug] : [])) })), client);
  const drafts = candidates.map((c, i) => draftOf({ ...c, duplicates: duplicates[i] }));
  return { candidates, drafts, duplicates, body: publishRequestSchema.parse(publishBody(meta, text, drafts.map((d) => ({ ...d, accepted: true })))) };
}

describe("publishing an ingested article on a fresh database", () => {
  let database: ReturnType<typeof createTestDatabase>;
  beforeAll(() => {
    database = createTestDatabase();
  });
  afterAll(() => database.dispose());

  it("stores the source verbatim, every accepted event with its quotes, new actors and countries, and the audit, in one go", async () => {
    const { client } = database;
    const { body } = await analyseAndAccept(client);
    expect(body.events).toHaveLength(14);
    const report = await publishIngested(body, editor, client);
    expect(report.events).toHaveLength(14);
    const source = await getSource(report.source.slug, client);
    expect(source.text).toBe(text);
    expect(source.publishedDate).toBe("2025-10-28");
    expect(source.citations).toHaveLength(14 + 2);
    for (const c of source.citations) expect(text.slice(c.start, c.end)).toBe(c.quote);
    const meeting = await client.event.findFirstOrThrow({ where: { slug: report.events[0].slug }, select: { startDate: true, precision: true, actors: { select: { name: true } }, countries: { select: { code: true } } } });
    expect(meeting).toMatchObject({ startDate: "2025-10-29", precision: "day" });
    expect(meeting.actors.map((a) => a.name).sort()).toEqual(["Hergses", "Shinjiro Koizumi"]);
    expect(meeting.countries.map((c) => c.code).sort()).toEqual(["CN", "JP", "US"]);
    const audited = await client.auditEntry.groupBy({ by: ["entity"], _count: true });
    expect(Object.fromEntries(audited.map((a) => [a.entity, a._count]))).toMatchObject({ source: 1, event: 14 });
  });

  it("points out every candidate of the same article published again, and never overwrites a slug", async () => {
    const { client } = database;
    const { duplicates, drafts, body } = await analyseAndAccept(client);
    expect(duplicates.every((d) => d.length > 0)).toBe(true);
    expect(duplicates[0][0].reason).toBe("cites the same passage");
    expect(drafts.every((d) => !d.accepted)).toBe(true);
    const before = await client.event.findMany({ select: { slug: true, title: true } });
    const report = await publishIngested(body, editor, client);
    expect(report.source.slug).not.toBe((await client.source.findFirstOrThrow({ orderBy: { id: "asc" } })).slug);
    expect(report.events.every((e) => !before.some((b) => b.slug === e.slug))).toBe(true);
    expect(await client.event.count()).toBe(28);
  });

  it("writes nothing when one event is refused, and says which", async () => {
    const { client } = database;
    const { body } = await analyseAndAccept(client);
    const counts = async () => [await client.source.count(), await client.event.count(), await client.auditEntry.count()];
    const before = await counts();
    body.events[3].citations[0] = { ...body.events[3].citations[0], start: body.events[3].citations[0].start + 1 };
    const error = await publishIngested(body, editor, client).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(WriteRejectedError);
    expect((error as WriteRejectedError).issues[0].path).toMatch(/^events\[3\]\.citations\[0\]/);
    expect(await counts()).toEqual(before);
  });
});

describe("publishing a target revision announced by an ingested event", () => {
  const seeded = useSeededDatabase();

  it("adds the revision to the stored target, superseding its last commitment", async () => {
    const { client } = seeded;
    const { candidates, body } = await analyseAndAccept(client);
    const deadline = candidates.findIndex((c) => c.dateText === "by the end of 2026");
    const one = { ...body, events: [{ ...body.events[deadline], target: { slug: "japan-defense-spending-2-percent-gdp", kind: "commitment" as const, value: 2, valueLabel: "2% of GDP", deadline: body.events[deadline].date } }] };
    const report = await publishIngested(one, editor, client);
    expect(report.targets).toEqual(["japan-defense-spending-2-percent-gdp"]);
    const target = await getTarget("japan-defense-spending-2-percent-gdp", null, client);
    const added = target.revisions.find((r) => r.announcedBy.slug === report.events[0].slug)!;
    expect(added).toMatchObject({ valueLabel: "2% of GDP", announcedBy: { slug: report.events[0].slug }, deadline: { end: "2026-12-31", precision: "by" } });
    expect(target.revisions).toHaveLength(4);
  });
});
