import { describe, expect, it } from "vitest";
import { listEventPage, listEvents } from "@/lib/data/events";
import { writeEvent } from "@/lib/data/write";
import { decodeCursor } from "@/lib/url/page-cursor";
import { emptyFilters } from "@/lib/url/filters";
import { eventWriteSchema } from "@/lib/validation/write";
import { useSeededDatabase } from "./test-database";

describe("paging through events", () => {
  const database = useSeededDatabase();

  async function walk(limit: number, filters = emptyFilters()) {
    const slugs: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await listEventPage(filters, { limit, cursor: cursor ? decodeCursor(cursor)! : undefined }, database.client);
      slugs.push(...page.events.map((e) => e.slug));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    return { slugs, pages };
  }

  it("visits every event once, in the order of the full list, whatever the page size", async () => {
    const all = (await listEvents(emptyFilters(), database.client)).events.map((e) => e.slug);
    expect(all).toHaveLength(14);
    for (const limit of [1, 3, 5, 14, 500]) {
      const { slugs, pages } = await walk(limit);
      expect(slugs, `limit ${limit}`).toEqual(all);
      expect(pages).toBe(Math.max(1, Math.ceil(14 / limit)));
    }
  });

  it("pages the filtered events with their total, and ends with a null cursor", async () => {
    const filters = { ...emptyFilters(), country: ["CN"] };
    const first = await listEventPage(filters, { limit: 3 }, database.client);
    expect(first.total).toBe(4);
    expect(first.events).toHaveLength(3);
    const second = await listEventPage(filters, { limit: 3, cursor: decodeCursor(first.nextCursor!)! }, database.client);
    expect(second.events).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
  });

  it("neither repeats nor skips an event when one is added before the cursor between two pages", async () => {
    const first = await listEventPage(emptyFilters(), { limit: 7 }, database.client);
    await writeEvent(
      eventWriteSchema.parse({
        slug: "paging-earlier-event",
        title: "An earlier event",
        summary: "Added between two pages.",
        kind: "statement",
        status: "occurred",
        date: { start: "2020-01-01", end: "2020-01-01", precision: "day", label: "1 Jan 2020" },
        countries: ["JP"],
        citations: [{ source: "we2news-2025-10-28-japan-us-defense-ministers-meeting", quote: "Koizumi", occurrence: 0 }],
      }),
      { userId: null, name: "Test" },
      { mode: "create" },
      database.client,
    );
    const rest = await listEventPage(emptyFilters(), { limit: 500, cursor: decodeCursor(first.nextCursor!)! }, database.client);
    const seen = [...first.events, ...rest.events].map((e) => e.slug);
    expect(new Set(seen).size).toBe(14);
    expect(seen).not.toContain("paging-earlier-event");
    expect(rest.total).toBe(15);
  });
});
