import { describe, expect, it } from "vitest";
import { ConflictError, WriteRejectedError } from "@/lib/data/errors";
import { getEvent, listEventPage, listEvents, resolveEventSlug } from "@/lib/data/events";
import { listDeadlineEvents } from "@/lib/data/deadlines";
import { getTarget } from "@/lib/data/targets";
import { listOpenDeadlines, listTimelineItems } from "@/lib/data/timeline";
import { seedBundle } from "@/lib/data/seed";
import { removeEvent, writeTarget, type Writer } from "@/lib/data/write";
import { unpackItem } from "@/lib/timeline/items";
import { emptyFilters, type EventFilters } from "@/lib/url/filters";
import { targetWriteSchema, type TargetWrite } from "@/lib/validation/write";
import { readCorpus } from "@/prisma/seed";
import { useSeededDatabase } from "./test-database";

const TARGET = "japan-defense-spending-2-percent-gdp";
const TITLE = "Japan: defense spending at 2% of GDP";
const FY2027 = "japan-2-percent-target-fy2027-original-deadline";
const FY2025 = "japan-2-percent-target-fy2025-deadline";
const BEFORE_MOVE = "2025-10-01";
const editor: Writer = { userId: null, name: "Test Editor" };

const ref = (revision: number, role: "announces" | "deadline") => ({ slug: TARGET, title: TITLE, revision, role });
const filters = (more: Partial<EventFilters>): EventFilters => ({ ...emptyFilters(), ...more });
const slugs = (events: { slug: string }[]) => events.map((e) => e.slug);

function seedTarget(): TargetWrite {
  const { seed, texts } = readCorpus();
  return targetWriteSchema.parse(seedBundle(seed, texts).targets![0]);
}

describe("an event's target revisions and status, as known today and on a day", () => {
  const database = useSeededDatabase();

  it("names the revisions an event is the deadline of, after those it announced", async () => {
    expect((await getEvent(FY2027, database.client)).targets).toEqual([ref(0, "announces"), ref(0, "deadline")]);
    expect((await getEvent(FY2025, database.client)).targets).toEqual([ref(1, "deadline")]);
    const target = await getTarget(TARGET, null, database.client);
    expect(target.revisions.map((r) => r.deadlineEvent?.slug ?? null)).toEqual([FY2027, FY2025, null]);
    expect(target.revisions[1].deadlineEvent).toEqual({ slug: FY2025, title: "Deadline: defense spending at 2% of GDP in FY2025", url: `/events/${FY2025}` });
  });

  it("reads the FY2027 deadline as due before its supersession was reported, superseded from that day", async () => {
    const statusOf = async (asOf?: string) => (await listEvents(filters({ asOf }), database.client)).events.find((e) => e.slug === FY2027)?.status;
    expect(await statusOf()).toBe("superseded");
    expect(await statusOf(BEFORE_MOVE)).toBe("due");
    expect(await statusOf("2025-10-28")).toBe("due");
    expect(await statusOf("2025-10-29")).toBe("superseded");
    const page = await listEventPage(filters({ asOf: BEFORE_MOVE }), { limit: 50 }, database.client);
    expect(page.events.find((e) => e.slug === FY2027)).toMatchObject({ status: "due", targets: [ref(0, "announces"), ref(0, "deadline")] });
    expect((await listDeadlineEvents(filters({ asOf: BEFORE_MOVE }), database.client)).find((e) => e.slug === FY2027)?.status).toBe("due");
  });

  it("filters by the status as known on the day", async () => {
    const matching = async (status: EventFilters["status"], asOf?: string) => slugs((await listEvents(filters({ status, asOf }), database.client)).events);
    expect(await matching(["superseded"])).toEqual([FY2027]);
    expect(await matching(["superseded"], BEFORE_MOVE)).toEqual([]);
    expect(await matching(["due"], BEFORE_MOVE)).toContain(FY2027);
    expect(await matching(["due"])).not.toContain(FY2027);
    expect(await matching(["superseded"], "2025-10-29")).toEqual([FY2027]);
    expect(await matching(["due"], "2025-10-29")).not.toContain(FY2027);
    // A text search filters through the same status rule.
    expect(slugs((await listEvents(filters({ q: "FY2027", status: ["due"], asOf: BEFORE_MOVE }), database.client)).events)).toEqual([FY2027]);
    expect(slugs(await listOpenDeadlines(filters({ asOf: BEFORE_MOVE }), database.client))).toContain(FY2027);
    expect(slugs(await listOpenDeadlines(filters({}), database.client))).not.toContain(FY2027);
  });

  it("draws the timeline's items with the status known on the day", async () => {
    const itemStatus = async (asOf: string) => (await listTimelineItems(filters({ asOf }), database.client)).map(unpackItem).find((i) => i.slug === FY2027)?.status;
    expect(await itemStatus(BEFORE_MOVE)).toBe("due");
    expect(await itemStatus("2025-10-29")).toBe("superseded");
  });

  it("leaves out of an event's refs a revision reported after the day", async () => {
    const read = async (slug: string, asOf: string | null) => {
      const found = await resolveEventSlug(slug, database.client, asOf);
      return found?.kind === "live" ? found.event : null;
    };
    // The FY2025 deadline, viewed on a day before the move that made it a deadline was reported.
    expect((await read(FY2025, BEFORE_MOVE))?.targets).toBeUndefined();
    expect((await read(FY2025, "2025-10-29"))?.targets).toEqual([ref(1, "deadline")]);
    expect(await read(FY2027, BEFORE_MOVE)).toMatchObject({ status: "due", targets: [ref(0, "announces"), ref(0, "deadline")] });
    expect((await read(FY2027, null))?.status).toBe("superseded");
  });

  it("refuses a deadline event that is missing, of another kind or dated otherwise, and names the revision", async () => {
    const target = seedTarget();
    const attempt = async (index: number, deadlineEvent: string) => {
      const revisions = target.revisions.map((r, i) => (i === index ? { ...r, deadlineEvent } : r));
      const error = await writeTarget({ ...target, revisions }, editor, "update", database.client).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(WriteRejectedError);
      return (error as WriteRejectedError).issues;
    };
    expect(await attempt(0, "no-such-event")).toEqual([{ path: "target.revisions[0].deadlineEvent", message: 'unknown event "no-such-event": the deadline event must exist first' }]);
    expect(await attempt(1, "japan-moves-2-percent-target-to-fy2025")).toEqual([
      { path: "target.revisions[1].deadlineEvent", message: '"japan-moves-2-percent-target-to-fy2025" is a target-change event, not a deadline' },
    ]);
    expect((await attempt(0, FY2025))[0].message).toMatch(/is dated 2025-04-01 to 2026-03-31, the revision's deadline 2027-04-01 to 2028-03-31/);
    expect((await attempt(2, FY2025))[0].message).toMatch(/needs its deadline/);
    expect((await getEvent(FY2025, database.client)).targets).toEqual([ref(1, "deadline")]);
  });

  it("keeps a deadline event while a revision names it, and writes the link through the one write path", async () => {
    await expect(removeEvent(FY2025, editor, undefined, database.client)).rejects.toThrow(ConflictError);
    await expect(removeEvent(FY2025, editor, undefined, database.client)).rejects.toThrow(/is the deadline of revision 2 of target/);
    const target = seedTarget();
    expect(await writeTarget(target, editor, "update", database.client)).toBe("unchanged");
    const unlinked = { ...target, revisions: target.revisions.map((r, i) => (i === 1 ? { ...r, deadlineEvent: null } : r)) };
    expect(await writeTarget(unlinked, editor, "update", database.client)).toBe("updated");
    expect((await getEvent(FY2025, database.client)).targets).toBeUndefined();
    await removeEvent(FY2025, editor, undefined, database.client);
    expect(await resolveEventSlug(FY2025, database.client)).toMatchObject({ kind: "deleted" });
  });
});
