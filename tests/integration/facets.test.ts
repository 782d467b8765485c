import { describe, expect, it } from "vitest";
import { listEvents } from "@/lib/data/events";
import { facetCounts } from "@/lib/data/facets";
import { FACETS, withoutFacet, type Facet } from "@/lib/url/facets";
import { emptyFilters, type EventFilters } from "@/lib/url/filters";
import { removeEvent, writeEvent, type Writer } from "@/lib/data/write";
import { eventWriteFixture } from "./event-write-fixture";
import { useSeededDatabase } from "./test-database";

const editor: Writer = { userId: null, name: "Facet Tester" };

describe("facet counts", () => {
  const database = useSeededDatabase();
  const total = async (filters: EventFilters) => (await listEvents(filters, database.client)).total;

  /** Every count against the list the same filters give with that one value chosen instead. */
  async function expectCountsMatchTheList(filters: EventFilters) {
    const counts = await facetCounts(filters, database.client);
    for (const facet of FACETS) {
      const base = withoutFacet(filters, facet);
      for (const [value, count] of Object.entries(counts[facet])) {
        expect(count, `${facet}=${value} under ${JSON.stringify(filters)}`).toBe(await total({ ...base, [facet]: [value] } as EventFilters));
      }
    }
    return counts;
  }

  it("without filters, counts every live event once per value", async () => {
    const counts = await expectCountsMatchTheList(emptyFilters());
    expect(counts.country.JP).toBe(await total(emptyFilters()));
    expect(counts.kind.deadline).toBe(3);
    expect(counts.status.superseded).toBe(1);
    expect(counts.actor["pete-hegseth"]).toBeGreaterThan(0);
  });

  it("counts each facet under every filter but its own", async () => {
    const filters: EventFilters = { ...emptyFilters(), country: ["CN"], kind: ["statement"] };
    const counts = await expectCountsMatchTheList(filters);
    // The countries ignore country=CN: Japan still counts all its statements.
    expect(counts.country.JP).toBe(await total({ ...emptyFilters(), kind: ["statement"] }));
    // The kinds ignore kind=statement but keep China.
    expect(counts.kind.meeting).toBe(await total({ ...emptyFilters(), country: ["CN"], kind: ["meeting"] }));
    expect(counts.kind.deadline ?? 0).toBe(0);
  });

  it("follows a text search, a date range and asOf exactly as the list does", async () => {
    for (const filters of [
      { ...emptyFilters(), q: "Hegseth" },
      { ...emptyFilters(), from: "2025-10-29", to: "2025-10-29", topic: ["alliance"] },
      { ...emptyFilters(), asOf: "2025-10-01" },
      { ...emptyFilters(), q: "spending", status: ["due"], asOf: "2026-01-01" },
    ] satisfies EventFilters[]) {
      await expectCountsMatchTheList(filters);
    }
  });

  it("counts statuses as known on asOf: a deadline superseded only later is still due then", async () => {
    const today = await facetCounts(emptyFilters(), database.client);
    const then = await expectCountsMatchTheList({ ...emptyFilters(), asOf: "2025-10-01" });
    expect(today.status.superseded).toBe(1);
    expect(then.status.superseded ?? 0).toBe(0);
    expect(then.status.due).toBeGreaterThan(0);
  });

  it("keeps the counts without filters right across writes (the item store's running counts)", async () => {
    const before = await facetCounts(emptyFilters(), database.client);
    await writeEvent(eventWriteFixture({ slug: "facet-written", title: "Facet written", kind: "visit", status: "planned" }), editor, { mode: "create" }, database.client);
    const after = await expectCountsMatchTheList(emptyFilters());
    expect(after.kind.visit).toBe((before.kind.visit ?? 0) + 1);
    expect(after.status.planned).toBe((before.status.planned ?? 0) + 1);
    await removeEvent("facet-written", editor, undefined, database.client);
    expect(await expectCountsMatchTheList(emptyFilters())).toEqual(before);
  });

  it("has a count for every chosen value, even one no event carries with the other filters", async () => {
    const filters: EventFilters = { ...emptyFilters(), country: ["KP"], topic: ["security-documents"] };
    const counts = await facetCounts(filters, database.client);
    for (const facet of ["country", "topic"] as Facet[]) {
      for (const value of filters[facet]) expect(counts[facet][value] ?? 0).toBe(await total({ ...withoutFacet(filters, facet), [facet]: [value] } as EventFilters));
    }
  });
});
