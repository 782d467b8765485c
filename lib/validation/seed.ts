import { z } from "zod";
import { calendarDateSchema, eventDateSchema } from "./calendar";
import {
  ACTOR_KINDS,
  CITATION_SUPPORTS,
  COUNTRY_CODE,
  EVENT_KINDS,
  EVENT_STATUSES,
  REVISION_KINDS,
  SLUG,
} from "./vocabulary";
import { deadlineEventIssue } from "./deadline-event";
import { httpUrlSchema } from "./write";

const slug = z.string().regex(SLUG, "must be lowercase words joined by hyphens");

export const sourceInputSchema = z.object({
  slug,
  title: z.string().min(1),
  publisher: z.string().min(1),
  author: z.string().min(1).optional(),
  section: z.string().min(1).optional(),
  publishedAt: z.string().min(1),
  publishedDate: calendarDateSchema,
  publishedZone: z.string().optional(),
  url: httpUrlSchema.optional(),
  retrievedAt: calendarDateSchema,
  language: z.string().min(2),
  textFile: z.string().min(1),
  editorialNote: z.string().optional(),
});

export const citationInputSchema = z.object({
  source: slug,
  quote: z.string().min(1),
  /** Which occurrence of the quote is meant, when the source repeats it (0 = first). */
  occurrence: z.number().int().min(0).optional(),
  supports: z.enum(CITATION_SUPPORTS).default("event"),
});

export const eventInputSchema = z.object({
  slug,
  title: z.string().min(1),
  summary: z.string().min(1),
  kind: z.enum(EVENT_KINDS),
  status: z.enum(EVENT_STATUSES),
  date: eventDateSchema,
  announcedDate: calendarDateSchema.optional(),
  countries: z.array(z.string().regex(COUNTRY_CODE)).min(1),
  topics: z.array(slug),
  actors: z.array(slug),
  citations: z.array(citationInputSchema).min(1, "every event needs at least one citation"),
});

export const actorInputSchema = z.object({
  slug,
  name: z.string().min(1),
  kind: z.enum(ACTOR_KINDS),
  role: z.string().optional(),
  aliases: z.array(z.string().min(1)),
});

export const revisionInputSchema = z.object({
  kind: z.enum(REVISION_KINDS),
  proposedBy: z.string().optional(),
  value: z.number(),
  valueLabel: z.string().min(1),
  deadline: eventDateSchema.optional(),
  status: z.enum(EVENT_STATUSES),
  announcedBy: slug,
  /** The deadline event dated as `deadline` (the write path checks its kind and dates). */
  deadlineEvent: slug.optional(),
});

export const targetInputSchema = z.object({
  slug,
  title: z.string().min(1),
  subject: z.string().min(1),
  metric: z.string().min(1),
  unit: z.string().min(1),
  holder: z.string().min(1),
  description: z.string().min(1),
  /** Oldest first; each revision supersedes the one before it. */
  revisions: z.array(revisionInputSchema).min(1),
});

export const seedInputSchema = z
  .object({
    countries: z.array(z.object({ code: z.string().regex(COUNTRY_CODE), name: z.string().min(1) })),
    topics: z.array(z.object({ slug, name: z.string().min(1) })),
    actors: z.array(actorInputSchema),
    sources: z.array(sourceInputSchema),
    events: z.array(eventInputSchema),
    targets: z.array(targetInputSchema),
  })
  .superRefine((seed, ctx) => {
    const known = {
      country: new Set(seed.countries.map((c) => c.code)),
      topic: new Set(seed.topics.map((t) => t.slug)),
      actor: new Set(seed.actors.map((a) => a.slug)),
      source: new Set(seed.sources.map((s) => s.slug)),
      event: new Set(seed.events.map((e) => e.slug)),
    };
    const missing = (kind: keyof typeof known, value: string, path: (string | number)[]) => {
      if (!known[kind].has(value)) ctx.addIssue({ code: "custom", message: `unknown ${kind} "${value}"`, path });
    };
    if (known.event.size !== seed.events.length) ctx.addIssue({ code: "custom", message: "event slugs must be unique", path: ["events"] });
    seed.events.forEach((event, i) => {
      event.countries.forEach((c, j) => missing("country", c, ["events", i, "countries", j]));
      event.topics.forEach((t, j) => missing("topic", t, ["events", i, "topics", j]));
      event.actors.forEach((a, j) => missing("actor", a, ["events", i, "actors", j]));
      event.citations.forEach((c, j) => missing("source", c.source, ["events", i, "citations", j, "source"]));
    });
    seed.targets.forEach((target, i) =>
      target.revisions.forEach((r, j) => {
        missing("event", r.announcedBy, ["targets", i, "revisions", j, "announcedBy"]);
        if (!r.deadlineEvent) return;
        const event = seed.events.find((e) => e.slug === r.deadlineEvent);
        const issue = deadlineEventIssue(r.deadlineEvent, event && { kind: event.kind, startDate: event.date.start, endDate: event.date.end }, r.deadline);
        if (issue) ctx.addIssue({ code: "custom", message: issue, path: ["targets", i, "revisions", j, "deadlineEvent"] });
      }),
    );
  });

export type SeedInput = z.infer<typeof seedInputSchema>;
export type EventInput = z.infer<typeof eventInputSchema>;
export type CitationInput = z.infer<typeof citationInputSchema>;
