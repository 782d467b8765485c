import { describe, expect, it } from "vitest";
import { listDeadlineEvents } from "@/lib/data/deadlines";
import { listEvents } from "@/lib/data/events";
import { getSource } from "@/lib/data/sources";
import { classifyDeadlines, deadlineZone } from "@/lib/dates/deadlines";
import { todayIn } from "@/lib/dates/countdown";
import { csvField, EVENT_CSV_HEADER, eventsCsv } from "@/lib/export/csv";
import { eventsCalendar } from "@/lib/export/ical";
import { emptyFilters, type EventFilters } from "@/lib/url/filters";
import { useSeededDatabase } from "./test-database";

const DOCUMENTS = "japan-revises-three-security-documents-by-end-2026";
const FY2025 = "japan-2-percent-target-fy2025-deadline";
const FY2027 = "japan-2-percent-target-fy2027-original-deadline";
const BASE = "https://timeline.example";

describe("deadlines and exports on the seeded database", () => {
  const database = useSeededDatabase();
  const deadlines = (filters: Partial<EventFilters> = {}) => listDeadlineEvents({ ...emptyFilters(), ...filters }, database.client);


  it("lists every deadline, whatever its status, soonest due first", async () => {
    expect((await deadlines()).map((e) => e.slug)).toEqual([FY2025, DOCUMENTS, FY2027]);
  });

  it("honours the filters, asOf included", async () => {
    expect((await deadlines({ topic: ["security-documents"] })).map((e) => e.slug)).toEqual([DOCUMENTS]);
    expect((await deadlines({ asOf: "2025-10-28" })).map((e) => e.slug)).toEqual([FY2027]);
    expect(await deadlines({ country: ["CN"] })).toEqual([]);
    expect((await deadlines({ kind: ["meeting"] })).length).toBe(0);
  });

  it("classifies the seed's deadlines on 26 Nov 2026 in their own zones", async () => {
    const instant = new Date("2026-11-26T12:00:00Z");
    const entries = classifyDeadlines(await deadlines(), (e) => todayIn(deadlineZone(e), instant));
    expect(entries.map((e) => [e.item.slug, e.state, e.countdown.days])).toEqual([
      [FY2025, "overdue", -240],
      [DOCUMENTS, "due", 35],
      [FY2027, "superseded", 491],
    ]);
  });

  it("exports every citation of the filtered events, with quotes that are exact slices of the source", async () => {
    const { events } = await listEvents({ ...emptyFilters(), country: ["JP"] }, database.client);
    const csv = eventsCsv(events, BASE);
    const records = csv.split("\r\n").filter(Boolean);
    expect(records[0]).toBe(EVENT_CSV_HEADER.join(","));
    const citationCount = events.reduce((n, e) => n + e.citations.length, 0);
    // The seed's quotes hold no line breaks, so each record is one line.
    expect(records).toHaveLength(1 + citationCount);
    const source = await getSource(events[0].citations[0].source.slug, database.client);
    for (const event of events) {
      for (const citation of event.citations) {
        expect(source.text.slice(citation.start, citation.end)).toBe(citation.quote);
        expect(csv).toContain(csvField(citation.quote));
      }
    }
  });

  it("makes a calendar of the deadlines with one VEVENT each, on the due day", async () => {
    const text = eventsCalendar(await deadlines(), { name: "Deadlines", baseUrl: BASE, stamp: new Date("2026-11-26T00:00:00Z") });
    const unfolded = text.replace(/\r\n /g, "");
    expect(unfolded.match(/^BEGIN:VEVENT$/gm)).toHaveLength(3);
    expect(unfolded).toContain(`UID:${DOCUMENTS}@policy-timeline\r\n`);
    expect(unfolded).toContain("DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n");
    expect(unfolded).toContain("DTSTART;VALUE=DATE:20260331\r\nDTEND;VALUE=DATE:20260401\r\n");
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });
});
