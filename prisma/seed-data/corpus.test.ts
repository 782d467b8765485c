import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { locateQuote, quoteMatches } from "@/lib/sources/quotes";
import { seedInputSchema } from "@/lib/validation/seed";
import { readCorpus } from "../seed";
import { corpus } from "./corpus";

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "..", "..");
/** The reviewed copies of the source texts, outside the repository; CI may not have them. */
const sharedSources = path.resolve(repoRoot, "..", "shared", "sources");

const { seed, texts } = readCorpus();
const event = (slug: string) => {
  const found = seed.events.find((e) => e.slug === slug);
  if (!found) throw new Error(`no event "${slug}" in the corpus`);
  return found;
};

describe("seed corpus", () => {
  it("validates and has events, sources and texts", () => {
    expect(seed.events.length).toBeGreaterThan(0);
    expect(seed.sources.length).toBeGreaterThan(0);
    expect([...texts.keys()].sort()).toEqual(seed.sources.map((s) => s.slug).sort());
    for (const text of texts.values()) expect(text.length).toBeGreaterThan(0);
  });

  it("gives every event at least one citation", () => {
    for (const e of seed.events) expect(e.citations.length, e.slug).toBeGreaterThanOrEqual(1);
  });

  it("finds every citation quote verbatim in its source, exactly once unless an occurrence is given", () => {
    let checked = 0;
    for (const e of seed.events) {
      for (const c of e.citations) {
        const text = texts.get(c.source);
        expect(text, `${e.slug}: source ${c.source}`).toBeDefined();
        const range = locateQuote(text!, c.quote, c.occurrence);
        expect(quoteMatches(text!, c.quote, range)).toBe(true);
        const count = text!.split(c.quote).length - 1;
        if (c.occurrence === undefined) expect(count, `${e.slug}: "${c.quote}"`).toBe(1);
        else expect(count, `${e.slug}: occurrence given for a quote that is not repeated`).toBeGreaterThan(1);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(seed.events.length);
  });

  it.skipIf(!existsSync(sharedSources))("stores each source text byte for byte as the shared copy", () => {
    for (const s of seed.sources) {
      const shared = path.join(sharedSources, s.textFile);
      if (!existsSync(shared)) continue;
      const stored = readFileSync(path.join(here, "sources", s.textFile));
      expect(stored.equals(readFileSync(shared)), s.textFile).toBe(true);
    }
  });

  it("dates the ministers' meeting 29 Oct 2025 in Tokyo, to the day", () => {
    const meeting = event("japan-us-defense-ministers-meeting-2025-10-29");
    expect(meeting.kind).toBe("meeting");
    expect(meeting.date).toMatchObject({ start: "2025-10-29", end: "2025-10-29", precision: "day", timezone: "Asia/Tokyo" });
  });

  it("dates the 2% deadline as fiscal year 2025", () => {
    const deadline = event("japan-2-percent-target-fy2025-deadline");
    expect(deadline.kind).toBe("deadline");
    expect(deadline.date).toMatchObject({ start: "2025-04-01", end: "2026-03-31", precision: "fiscal-year", label: "FY2025" });
  });

  it("dates the security documents revision 'by' the end of 2026", () => {
    const revision = event("japan-revises-three-security-documents-by-end-2026");
    expect(revision.date.end).toBe("2026-12-31");
    expect(revision.date.precision).toBe("by");
  });

  it("records the article's misspellings of Hegseth as aliases", () => {
    const hegseth = seed.actors.find((a) => a.slug === "pete-hegseth");
    expect(hegseth).toBeDefined();
    expect(hegseth!.aliases).toEqual(expect.arrayContaining(["Hergses", "Hergész"]));
  });

  it("records 3.5% as a U.S. government proposal, not a Japanese target", () => {
    const events = seed.events.filter((e) => e.citations.some((c) => c.quote.includes("3.5%")));
    expect(events).toHaveLength(1);
    const [proposal] = events;
    expect(proposal.slug).toBe("us-hints-japan-defense-spending-3-5-percent");
    expect(proposal.kind).toBe("target-proposal");
    expect(proposal.actors).toEqual(["us-government"]);
  });
});

describe("seedInputSchema", () => {
  const copy = () => structuredClone(corpus) as unknown as { events: Array<Record<string, unknown> & { date: Record<string, unknown> }> };
  const messages = (input: unknown) => {
    const result = seedInputSchema.safeParse(input);
    return result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  };

  it("accepts the corpus as it is", () => {
    expect(messages(copy())).toEqual([]);
  });

  it("rejects an event with no citations", () => {
    const input = copy();
    input.events[2].citations = [];
    expect(messages(input)).toEqual([{ path: "events.2.citations", message: "every event needs at least one citation" }]);
  });

  it("rejects an event naming a country the corpus does not list", () => {
    const input = copy();
    input.events[0].countries = ["JP", "FR"];
    expect(messages(input)).toEqual([{ path: "events.0.countries.1", message: 'unknown country "FR"' }]);
  });

  it("rejects a country code that is not two capital letters", () => {
    const input = copy();
    input.events[0].countries = ["jp"];
    const found = messages(input);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((m) => m.path === "events.0.countries.0")).toBe(true);
    expect(found.map((m) => m.message)).toContain('unknown country "jp"');
  });

  it("rejects a date whose precision does not fit its interval", () => {
    const input = copy();
    const i = input.events.findIndex((e) => e.slug === "japan-2-percent-target-fy2025-deadline");
    input.events[i].date = { start: "2025-01-01", end: "2025-12-31", precision: "fiscal-year", label: "FY2025" };
    expect(messages(input)).toEqual([
      { path: `events.${i}.date.precision`, message: "2025-01-01..2025-12-31 is not a fiscal year (1 Apr–31 Mar, or the U.S. federal 1 Oct–30 Sep)" },
      // It is the FY2025 revision's deadline event, which is no longer dated as that deadline.
      {
        path: "targets.0.revisions.1.deadlineEvent",
        message: '"japan-2-percent-target-fy2025-deadline" is dated 2025-01-01 to 2025-12-31, the revision\'s deadline 2025-04-01 to 2026-03-31',
      },
    ]);
  });

  it("links a revision only to a deadline event dated as its deadline", () => {
    const input = structuredClone(corpus) as unknown as { targets: { revisions: Record<string, unknown>[] }[] };
    const [fy2027, fy2025, proposal] = input.targets[0].revisions;
    fy2027.deadlineEvent = "japan-2-percent-target-fy2025-deadline";
    fy2025.deadlineEvent = "japan-moves-2-percent-target-to-fy2025";
    proposal.deadlineEvent = "japan-2-percent-target-fy2025-deadline";
    input.targets[0].revisions.push({ ...fy2025, deadlineEvent: "no-such-event" });
    expect(messages(input)).toEqual([
      {
        path: "targets.0.revisions.0.deadlineEvent",
        message: '"japan-2-percent-target-fy2025-deadline" is dated 2025-04-01 to 2026-03-31, the revision\'s deadline 2027-04-01 to 2028-03-31',
      },
      { path: "targets.0.revisions.1.deadlineEvent", message: '"japan-moves-2-percent-target-to-fy2025" is a target-change event, not a deadline' },
      { path: "targets.0.revisions.2.deadlineEvent", message: "a revision with a deadline event needs its deadline (2025-04-01 to 2026-03-31)" },
      { path: "targets.0.revisions.3.deadlineEvent", message: 'unknown event "no-such-event": the deadline event must exist first' },
    ]);
  });

  it("rejects a 'day' date spanning two days and an impossible calendar date", () => {
    const input = copy();
    input.events[0].date = { ...input.events[0].date, end: "2025-10-30" };
    input.events[1].date = { ...input.events[1].date, start: "2025-02-29", end: "2025-02-29" };
    const paths = messages(input).map((m) => m.path);
    expect(paths).toContain("events.0.date.precision");
    expect(paths).toContain("events.1.date.start");
  });

  it("rejects an unknown time zone", () => {
    const input = copy();
    input.events[0].date = { ...input.events[0].date, timezone: "Asia/Atlantis" };
    expect(messages(input)).toEqual([{ path: "events.0.date.timezone", message: 'unknown time zone "Asia/Atlantis"' }]);
  });
});
