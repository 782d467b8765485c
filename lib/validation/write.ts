import { z } from "zod";
import { calendarDateSchema, eventDateSchema } from "./calendar";
import { ACTOR_KINDS, CITATION_SUPPORTS, COUNTRY_CODE, EVENT_KINDS, EVENT_STATUSES, REVISION_KINDS, SLUG } from "./vocabulary";

// What editors, imports and (next) ingestion send: the shapes the read API returns, references by slug,
// so an export can be imported again unchanged. The seed's rules (eventDateSchema, http(s) URLs, slugs)
// are the same schemas.

export const slug = z.string().regex(SLUG, "must be lowercase words joined by hyphens");
export const line = (max: number) => z.string().trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);
export const optionalLine = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => v || undefined);

export const httpUrlSchema = z
  .string()
  .trim()
  .refine((u) => URL.canParse(u) && /^https?:$/.test(new URL(u).protocol), { message: "only http and https URLs are allowed" });

/** A slug, or any object that carries one (`{ slug, title, … }` as the read API nests them). */
const slugRef = z.union([slug, z.object({ slug }).transform((o) => o.slug)]);

const countryRef = z
  .union([z.string().regex(COUNTRY_CODE, "must be an ISO 3166-1 alpha-2 code such as JP"), z.object({ code: z.string().regex(COUNTRY_CODE), name: line(120).optional() })])
  .transform((c) => (typeof c === "string" ? { code: c } : c));

const topicRef = z
  .union([slug, z.object({ slug, name: line(120).optional() })])
  .transform((t) => (typeof t === "string" ? { slug: t } : t));

const actorRef = z
  .union([
    slug,
    z.object({
      slug,
      name: line(200).optional(),
      kind: z.enum(ACTOR_KINDS).optional(),
      role: optionalLine(300),
      aliases: z.array(line(200)).max(50).optional(),
    }),
  ])
  .transform((a) => (typeof a === "string" ? { slug: a } : a));

export const citationWriteSchema = z
  .object({
    source: slugRef,
    quote: z.string().min(1, "must not be empty").max(20_000),
    start: z.number().int().min(0).optional(),
    end: z.number().int().min(0).optional(),
    /** Which occurrence of a repeated quote is meant (0 = first), when offsets are not given. */
    occurrence: z.number().int().min(0).optional(),
    supports: z.enum(CITATION_SUPPORTS).default("event"),
  })
  .refine((c) => (c.start === undefined) === (c.end === undefined), { message: "give both start and end, or neither", path: ["end"] });

export const eventWriteDateSchema = eventDateSchema.safeExtend({ announced: calendarDateSchema.nullish() });

export const eventWriteSchema = z
  .object({
    slug,
    title: line(300),
    summary: line(10_000),
    kind: z.enum(EVENT_KINDS),
    status: z.enum(EVENT_STATUSES),
    date: eventWriteDateSchema,
    /** The seed's spelling of date.announced. */
    announcedDate: calendarDateSchema.nullish(),
    countries: z.array(countryRef).min(1, "name at least one country").max(300),
    topics: z.array(topicRef).max(100).default([]),
    actors: z.array(actorRef).max(200).default([]),
    citations: z.array(citationWriteSchema).min(1, "every event needs at least one citation").max(200),
    /** The version the editor loaded; a save over a newer version is refused. */
    version: z.number().int().min(1).optional(),
  })
  .superRefine((e, ctx) => {
    const announced = e.date.announced ?? e.announcedDate;
    if (announced && e.date.announced && e.announcedDate && e.date.announced !== e.announcedDate) {
      ctx.addIssue({ code: "custom", message: "date.announced and announcedDate disagree", path: ["announcedDate"] });
    }
  });

export const sourceWriteSchema = z.object({
  slug,
  title: line(500),
  publisher: line(300),
  author: optionalLine(300),
  section: optionalLine(300),
  /** As printed, e.g. "2025-10-28 23:40". */
  publishedAt: line(100),
  /** The calendar day of publication; read from publishedAt when that starts with YYYY-MM-DD. */
  publishedDate: calendarDateSchema.optional(),
  publishedZone: optionalLine(64),
  url: httpUrlSchema.nullish().transform((v) => v || undefined),
  retrievedAt: calendarDateSchema.optional(),
  language: z.string().trim().min(2).max(35).default("en"),
  /** Kept exactly as given: every citation's offsets index this text. */
  text: z.string().min(1, "the source text must not be empty").max(2_000_000),
  editorialNote: optionalLine(5_000),
  version: z.number().int().min(1).optional(),
});

const partyRef = z.union([slug, z.object({ slug, name: line(200).optional() })]).transform((p) => (typeof p === "string" ? { slug: p } : p));

export const revisionWriteSchema = z.object({
  kind: z.enum(REVISION_KINDS),
  proposedBy: partyRef.nullish(),
  value: z.number().finite(),
  valueLabel: line(200),
  deadline: eventDateSchema.nullish(),
  status: z.enum(EVENT_STATUSES),
  announcedBy: slugRef,
  /** The event of kind "deadline" that is this revision's deadline, dated as the revision's deadline is. */
  deadlineEvent: slugRef.nullish(),
  /** Position of the revision this one replaces; by default a commitment replaces the commitment before it. */
  supersedes: z.number().int().min(0).nullish(),
});

export const targetWriteSchema = z.object({
  slug,
  title: line(300),
  subject: line(300),
  metric: line(300),
  unit: line(100),
  holder: partyRef.transform((p) => p.slug),
  description: line(10_000),
  revisions: z.array(revisionWriteSchema).min(1).max(500),
  version: z.number().int().min(1).optional(),
});

export const importBundleSchema = z.object({
  sources: z.array(sourceWriteSchema).default([]),
  events: z.array(eventWriteSchema).default([]),
  targets: z.array(targetWriteSchema).default([]),
});

export type EventWrite = z.infer<typeof eventWriteSchema>;
export type SourceWrite = z.infer<typeof sourceWriteSchema>;
export type TargetWrite = z.infer<typeof targetWriteSchema>;
export type ImportBundle = z.infer<typeof importBundleSchema>;
export type ImportBundleInput = z.input<typeof importBundleSchema>;

/** zod's issue paths written the way the API reports them: events[517].date.start */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), "");
}

export function zodIssues(error: z.ZodError, prefix: readonly PropertyKey[] = []) {
  return error.issues.map((issue) => ({ path: issuePath([...prefix, ...issue.path]) || "(body)", message: issue.message }));
}
