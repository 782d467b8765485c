import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "@/lib/data/client";
import { NotFoundError } from "@/lib/data/errors";
import { getEvent, listEventPage } from "@/lib/data/events";
import { loadSeed } from "@/lib/data/seed";
import { getTarget, listTargets, targetsForEvent } from "@/lib/data/targets";
import { revisionInForce } from "@/lib/targets/as-of";
import { readCorpus } from "@/prisma/seed";
import { createTestDatabase } from "./test-database";

const TARGET = "japan-defense-spending-2-percent-gdp";
const MOVE = "japan-moves-2-percent-target-to-fy2025";

describe("target queries", () => {
  let database: ReturnType<typeof createTestDatabase>;
  let sourceText: string;

  beforeAll(async () => {
    database = createTestDatabase();
    const { seed, texts } = readCorpus();
    sourceText = [...texts.values()][0];
    await loadSeed(database.client, seed, texts);
  });
  afterAll(async () => {
    await database.dispose();
  });

  it("lists the seed's 2% target with its two commitments oldest first, then the U.S. proposal", async () => {
    const targets = await listTargets(null, database.client);
    expect(targets.map((t) => t.slug)).toEqual([TARGET]);
    const [target] = targets;
    expect(target.holder).toEqual({ slug: "government-of-japan", name: "Government of Japan" });
    expect(target.revisions.map((r) => [r.kind, r.deadline?.label ?? null, r.status])).toEqual([
      ["commitment", "FY2027", "superseded"],
      ["commitment", "FY2025", "due"],
      ["proposal", null, "announced"],
    ]);
    const [fy2027, fy2025, proposal] = target.revisions;
    expect(fy2025.supersedes).toBe(fy2027.position);
    expect(fy2025.deadline).toEqual({ start: "2025-04-01", end: "2026-03-31", precision: "fiscal-year", label: "FY2025" });
    expect(fy2027.announcedBy.announcedDate).toBeNull();
    expect(fy2025.announcedBy).toMatchObject({ slug: MOVE, announcedDate: "2025-10-29", url: `/events/${MOVE}` });
    expect(proposal).toMatchObject({ value: 3.5, proposedBy: { slug: "us-government", name: "United States government" }, supersedes: null });
    expect(revisionInForce(target)?.deadline?.label).toBe("FY2025");
  });

  it("gives every revision the announcing event's citations, verbatim slices of the source", async () => {
    const target = await getTarget(TARGET, null, database.client);
    for (const revision of target.revisions) {
      expect(revision.citations.length, revision.announcedBy.slug).toBeGreaterThan(0);
      for (const c of revision.citations) expect(sourceText.slice(c.start, c.end)).toBe(c.quote);
    }
    expect(target.revisions[1].citations[0]).toMatchObject({ supports: "value", source: { slug: expect.any(String), publisher: "we2news" } });
  });

  it("as of 2025-10-01 has FY2027 in force and knows neither the move nor the proposal", async () => {
    const before = await getTarget(TARGET, "2025-10-01", database.client);
    expect(before.asOf).toBe("2025-10-01");
    expect(before.revisions.map((r) => r.deadline?.label)).toEqual(["FY2027"]);
    expect(revisionInForce(before)).toMatchObject({ status: "due", deadline: { label: "FY2027" } });
    expect(await listTargets("2025-10-01", database.client)).toHaveLength(1);
  });

  it("throws NotFoundError for an unknown slug", async () => {
    await expect(getTarget("no-such-target", null, database.client)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("finds the targets an event announced a revision of", async () => {
    expect(await targetsForEvent(MOVE, database.client)).toEqual([
      { slug: TARGET, title: "Japan: defense spending at 2% of GDP", url: `/targets/${TARGET}` },
    ]);
    expect(await targetsForEvent("japan-us-defense-ministers-meeting-2025-10-29", database.client)).toEqual([]);
  });
  it("names in an event's JSON the target revisions it announced, in every read of events", async () => {
    const move = { slug: TARGET, title: "Japan: defense spending at 2% of GDP", revision: 1, role: "announces" };
    expect((await getEvent(MOVE, database.client)).targets).toEqual([move]);
    // The FY2027 deadline event announced revision 0 and is its deadline.
    expect((await getEvent("japan-2-percent-target-fy2027-original-deadline", database.client)).targets).toEqual([
      { ...move, revision: 0 },
      { ...move, revision: 0, role: "deadline" },
    ]);
    expect((await getEvent("japan-us-defense-ministers-meeting-2025-10-29", database.client)).targets).toBeUndefined();
    const page = await listEventPage({ country: [], topic: [], actor: [], kind: [], status: [], q: "moved forward" }, { limit: 50 }, database.client);
    expect(page.events.find((e) => e.slug === MOVE)?.targets).toEqual([move]);
  });

  it("reads the targets once per data version, and afresh after another connection commits", async () => {
    const [first] = await listTargets(null, database.client);
    const [again] = await listTargets(null, database.client);
    // The same cached revision data under each per-request snapshot.
    expect(again.revisions[0].citations).toBe(first.revisions[0].citations);

    const other = createClient({ ...process.env, DATABASE_URL: database.url });
    await other.target.update({ where: { slug: TARGET }, data: { title: "Renamed by another process" } });
    await other.$disconnect();

    const [after] = await listTargets(null, database.client);
    expect(after.title).toBe("Renamed by another process");
    expect(after.revisions[0].citations).not.toBe(first.revisions[0].citations);
  });
});
