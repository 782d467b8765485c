import { describe, expect, it } from "vitest";
import { getEvent, getVocabulary, listEvents } from "@/lib/data/events";
import { NotFoundError } from "@/lib/data/errors";
import { getSource } from "@/lib/data/sources";
import { emptyFilters, type EventFilters } from "@/lib/url/filters";
import { readCorpus } from "@/prisma/seed";
import { useSeededDatabase } from "./test-database";

const MEETING = "japan-us-defense-ministers-meeting-2025-10-29";
const DOCUMENTS = "japan-revises-three-security-documents-by-end-2026";
const FY2025 = "japan-2-percent-target-fy2025-deadline";
const FY2027 = "japan-2-percent-target-fy2027-original-deadline";

describe("event queries with the contract's filters", () => {
  const database = useSeededDatabase();
  const slugs = async (filters: Partial<EventFilters>) =>
    (await listEvents({ ...emptyFilters(), ...filters }, database.client)).events.map((e) => e.slug);


  it("lists every event in time order with its total", async () => {
    const { events, total } = await listEvents(emptyFilters(), database.client);
    expect(total).toBe(readCorpus().seed.events.length);
    expect(events).toHaveLength(total);
    const starts = events.map((e) => e.date.start);
    expect(starts).toEqual([...starts].sort());
    expect(events[0].slug).toBe(FY2025);
  });

  it("filters by country, any of several", async () => {
    const china = await slugs({ country: ["CN"] });
    expect(china).toContain(MEETING);
    expect(china).not.toContain(DOCUMENTS);
    const either = await slugs({ country: ["KP", "TW"] });
    expect(either).toEqual(["takaichi-trump-concern-north-korea-taiwan-strait"]);
  });

  it("filters by topic, actor, kind and status", async () => {
    expect(await slugs({ topic: ["security-documents"] })).toEqual([DOCUMENTS]);
    expect(await slugs({ actor: ["us-government"] })).toEqual(["us-hints-japan-defense-spending-3-5-percent"]);
    expect(await slugs({ kind: ["deadline"] })).toEqual([FY2025, DOCUMENTS, FY2027]);
    expect(await slugs({ status: ["superseded"] })).toEqual([FY2027]);
    expect(await slugs({ kind: ["deadline"], status: ["due"] })).toEqual([FY2025, DOCUMENTS]);
  });

  it("finds an actor by any alias, including the article's misspellings", async () => {
    const byName = await slugs({ q: "Hegseth" });
    expect(byName).toContain(MEETING);
    expect(await slugs({ q: "Hergész" })).toEqual(byName);
    expect(await slugs({ q: "Hergses" })).toEqual(byName);
  });

  it("searches titles, summaries and quotes", async () => {
    expect(await slugs({ q: "AMRAAM" })).toEqual([MEETING]);
    expect(await slugs({ q: "no such words anywhere" })).toEqual([]);
  });

  it("keeps events whose interval overlaps the date range", async () => {
    expect(await slugs({ from: "2026" })).toEqual([FY2025, DOCUMENTS, FY2027]);
    expect(await slugs({ from: "2026-04", to: "2026-12-31" })).toEqual([DOCUMENTS]);
    expect(await slugs({ to: "2025-04" })).toEqual([FY2025]);
    expect(await slugs({ from: "2025-10-29", to: "2025-10-29" })).toContain(MEETING);
    expect(await slugs({ from: "2028-04" })).toEqual([]);
  });

  it("as of a date, shows only what was known by then", async () => {
    expect(await slugs({ asOf: "2025-10-28" })).toEqual([FY2027]);
    expect((await slugs({ asOf: "2025-10-29" })).length).toBe(readCorpus().seed.events.length);
  });

  it("returns one event in the contract's shape, and a typed error for an unknown slug", async () => {
    const event = await getEvent(MEETING, database.client);
    expect(event).toMatchObject({
      slug: MEETING,
      kind: "meeting",
      status: "occurred",
      date: { start: "2025-10-29", end: "2025-10-29", precision: "day", label: "29 Oct 2025", timezone: "Asia/Tokyo" },
      url: `/events/${MEETING}`,
    });
    expect(event.countries.map((c) => c.code)).toEqual(["CN", "JP", "US"]);
    expect(event.actors.find((a) => a.slug === "pete-hegseth")?.aliases).toContain("Hergses");
    expect(event.citations[0].source).toMatchObject({ publisher: "we2news", author: "Stephanie Thomas", publishedAt: "2025-10-28 23:40" });
    await expect(getEvent("no-such-event", database.client)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("returns a source with its citations in text order", async () => {
    const source = await getSource("we2news-2025-10-28-japan-us-defense-ministers-meeting", database.client);
    const starts = source.citations.map((c) => c.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const c of source.citations) expect(source.text.slice(c.start, c.end)).toBe(c.quote);
    await expect(getSource("nope", database.client)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("counts events per filter value", async () => {
    const vocabulary = await getVocabulary(database.client);
    expect(vocabulary.countries.find((c) => c.code === "KP")?.count).toBe(1);
    expect(vocabulary.actors.find((a) => a.slug === "pete-hegseth")?.count).toBeGreaterThan(1);
  });
});
