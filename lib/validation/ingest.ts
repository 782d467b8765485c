import { z } from "zod";
import { INGEST_TEXT_LIMIT } from "@/lib/ingest/text";
import { eventDateSchema } from "./calendar";
import { ACTOR_KINDS, COUNTRY_CODE, EVENT_KINDS, EVENT_STATUSES, REVISION_KINDS } from "./vocabulary";
import { eventWriteDateSchema, httpUrlSchema, line, optionalLine, slug } from "./write";

const sourceFields = {
  title: line(500),
  publisher: line(300),
  author: optionalLine(300),
  url: httpUrlSchema.nullish().transform((v) => v || undefined),
  /** As printed, e.g. "2025-10-28 23:40" or "October 28, 2025". */
  publishedAt: line(100),
  /** The zone of publishedAt when stated, e.g. "Asia/Tokyo" or "+09:00". */
  zone: optionalLine(64),
  language: z.string().trim().min(2).max(35).default("en"),
};

/** POST /api/ingest: an article to read. Its text may be HTML (reduced to text) up to 2 MB. */
export const ingestRequestSchema = z.object({
  source: z.object({
    ...sourceFields,
    text: z.string().max(2_000_000, "the article is over 2,000,000 characters"),
    format: z.enum(["text", "markdown", "html"]).default("text"),
  }),
});

const passageSchema = z
  .object({ quote: z.string().min(1, "must not be empty").max(20_000), start: z.number().int().min(0), end: z.number().int().min(0) })
  .refine((p) => p.end > p.start, { message: "end must be after start", path: ["end"] });

/** A candidate as the editor accepted it, perhaps edited. */
export const publishedEventSchema = z.object({
  title: line(300),
  summary: line(10_000),
  kind: z.enum(EVENT_KINDS),
  status: z.enum(EVENT_STATUSES),
  date: eventWriteDateSchema,
  countries: z.array(z.string().regex(COUNTRY_CODE, "must be an ISO 3166-1 alpha-2 code such as JP")).min(1, "name at least one country").max(300),
  actors: z.array(z.object({ name: line(200), slug: slug.optional(), kind: z.enum(ACTOR_KINDS).optional() })).max(200).default([]),
  topics: z.array(slug).max(100).default([]),
  /** The sentence the candidate came from first, then any further ones: offsets into the source text. */
  citations: z.array(passageSchema).min(1, "every event needs at least one citation").max(50),
  /** Record the event as announcing a new revision of a stored target. */
  target: z
    .object({
      slug,
      kind: z.enum(REVISION_KINDS).default("commitment"),
      value: z.number().finite(),
      valueLabel: line(200),
      deadline: eventDateSchema.nullish(),
      proposedBy: slug.nullish(),
    })
    .nullish(),
});

/** POST /api/ingest/publish: the source (its text exactly as the analysis returned it) and the accepted events. */
export const publishRequestSchema = z.object({
  source: z.object({ ...sourceFields, text: z.string().min(1, "the source text must not be empty").max(INGEST_TEXT_LIMIT, `must be at most ${INGEST_TEXT_LIMIT.toLocaleString("en")} characters`) }),
  events: z.array(publishedEventSchema).min(1, "accept at least one candidate to publish").max(2000),
});

export type IngestRequest = z.infer<typeof ingestRequestSchema>;
export type PublishedEvent = z.infer<typeof publishedEventSchema>;
export type PublishRequest = z.infer<typeof publishRequestSchema>;
